import { parseArgs } from 'node:util';
import type { RawParameters } from '../../rule-kit';
import { UsageError } from './usage-error';
import { AUTHORING_USAGE, parseAuthoringCommand, type AuthoringCommand } from './authoring-command';

import type { ReportFormat } from '../../rule-kit/scanner';

export type OutputFormat = ReportFormat;
const FORMATS: readonly OutputFormat[] = ['table', 'json', 'junit', 'sarif'];

export type Command =
  | { readonly kind: 'help' }
  | AuthoringCommand
  | {
      readonly kind: 'scan';
      readonly paths: readonly string[];
      readonly ruleIds: readonly string[];
      readonly parameters: Readonly<Record<string, RawParameters>>;
      readonly format: OutputFormat;
      readonly output: string | undefined;
      readonly verbose: boolean;
    };

function isFormat(value: string): value is OutputFormat {
  return (FORMATS as readonly string[]).includes(value);
}

/** `--param ID.NAME=VALUE`: the rule id (kebab-case, no dots) up to the first dot, the name up to the first `=`. */
function parseParam(text: string, into: Record<string, Record<string, string>>): void {
  const match = /^([^.=]+)\.([^=]+)=(.*)$/s.exec(text);
  if (match === null) throw new UsageError(`--param ${JSON.stringify(text)} is not ID.NAME=VALUE (for example sg-open-ports.blockedPorts=22,3389)`);
  const [, ruleId = '', name = '', value = ''] = match;
  const forRule = (into[ruleId] ??= {});
  if (Object.prototype.hasOwnProperty.call(forRule, name)) throw new UsageError(`--param ${ruleId}.${name} is given more than once`);
  forRule[name] = value;
}

/** The command line as a typed command; bad usage is a UsageError (exit status 2). */
export function parseCommand(argv: readonly string[]): Command {
  const authoring = parseAuthoringCommand(argv);
  if (authoring !== undefined) return authoring;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        rule: { type: 'string', multiple: true },
        param: { type: 'string', multiple: true },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...paths] = positionals;
  if (values.help === true || command === 'help') return { kind: 'help' };
  if (command === undefined) throw new UsageError('missing command: use "config-rules scan [PATH ...]"');
  if (command !== 'scan') throw new UsageError(`unknown command ${JSON.stringify(command)}: use scan, new, sample-item, record or invoke`);
  const format = values.format ?? 'table';
  if (!isFormat(format)) throw new UsageError(`--format ${JSON.stringify(format)} is not one of ${FORMATS.join(', ')}`);
  const parameters: Record<string, Record<string, string>> = {};
  for (const text of values.param ?? []) parseParam(text, parameters);
  if (values.output === '') throw new UsageError('--output needs a file name');
  return {
    kind: 'scan',
    paths,
    ruleIds: values.rule ?? [],
    parameters,
    format,
    output: values.output,
    verbose: values.verbose ?? false,
  };
}

export const USAGE = `Usage: config-rules scan [PATH ...] [options]

Evaluates the rule pack offline over AWS Config configuration items, with the code the Lambdas run.

PATH is a file or a folder (every .json, .json.gz, .jsonl, .ndjson in it, recursively): Config
snapshot or history files, GetResourceConfigHistory / BatchGetResourceConfig output, a JSON array of
items, a single item or change notification, or JSON Lines; gzip or not; notification or API shape.
Without PATH, scans the sample account shipped with the project.

Options:
  --rule ID                 run only this rule (repeatable; default: every rule of the pack)
  --param ID.NAME=VALUE     set a rule parameter, coerced and checked as in Lambda (repeatable)
  --format table|json|junit|sarif   output format (default: table)
  -o, --output FILE         write the report to FILE instead of standard output
  -v, --verbose             table: list compliant and not-applicable resources too
  -h, --help                show this help

Exit status: 0 nothing non-compliant; 1 something non-compliant, or an item or rule could not be
evaluated; 2 bad usage or unreadable input.
${AUTHORING_USAGE}`;
