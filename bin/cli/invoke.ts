import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ConfigurationItem, RuleDefinition } from '../../rule-kit';
import { FixtureFileError, loadItems } from '../../rule-kit/testing';
import { evaluationsJson, evaluationsTable, invokeRule, type InvocationInput, type RuleHandler } from '../invoke';
import { EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE } from './exit-status';
import { projectRoot } from './project-root';
import type { CliIo } from './run-cli';
import { UsageError } from './usage-error';

export interface InvokeCommand {
  readonly kind: 'invoke';
  readonly ruleId: string;
  readonly item: string | undefined;
  readonly event: string | undefined;
  readonly periodic: boolean;
  readonly oversized: boolean;
  readonly parameters: Readonly<Record<string, string>>;
  readonly live: boolean;
  readonly region: string | undefined;
  readonly format: 'table' | 'json';
  readonly verbose: boolean;
}

export function parseInvoke(args: readonly string[]): InvokeCommand {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      item: { type: 'string' },
      event: { type: 'string' },
      periodic: { type: 'boolean' },
      oversized: { type: 'boolean' },
      param: { type: 'string', multiple: true },
      live: { type: 'boolean' },
      region: { type: 'string' },
      format: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
    },
  });
  const [ruleId, ...extra] = positionals;
  if (ruleId === undefined || extra.length > 0) throw new UsageError('invoke takes one rule id, for example: config-rules invoke volume-encrypted --item item.json');
  const modes = [values.event !== undefined, values.periodic === true, values.item !== undefined && values.event === undefined && values.periodic !== true];
  if (modes.filter(Boolean).length !== 1) throw new UsageError('invoke needs exactly one of --item FILE, --event FILE or --periodic (--item may go with the other two: what Config has recorded)');
  if (values.oversized === true && (values.item === undefined || values.event !== undefined || values.periodic === true)) {
    throw new UsageError('--oversized goes with --item alone: the event then carries only the item summary, and the handler fetches the item');
  }
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`--format ${JSON.stringify(format)} is not table or json`);
  const parameters: Record<string, string> = {};
  for (const text of values.param ?? []) {
    const match = /^([^=]+)=(.*)$/s.exec(text);
    if (match === null) throw new UsageError(`--param ${JSON.stringify(text)} is not NAME=VALUE`);
    const [, name = '', value = ''] = match;
    if (Object.prototype.hasOwnProperty.call(parameters, name)) throw new UsageError(`--param ${name} is given more than once`);
    parameters[name] = value;
  }
  return {
    kind: 'invoke',
    ruleId,
    item: values.item,
    event: values.event,
    periodic: values.periodic ?? false,
    oversized: values.oversized ?? false,
    parameters,
    live: values.live ?? false,
    region: values.region,
    format,
    verbose: values.verbose ?? false,
  };
}

function inputOf(command: InvokeCommand, cwd: string): InvocationInput {
  const items: ConfigurationItem[] = command.item === undefined ? [] : loadItems(resolve(cwd, command.item));
  if (command.event !== undefined) {
    const path = resolve(cwd, command.event);
    try {
      return { kind: 'event', event: JSON.parse(readFileSync(path, 'utf8')) as unknown, items };
    } catch (error) {
      throw new FixtureFileError(path, `cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`, error);
    }
  }
  if (command.periodic) return { kind: 'periodic', items };
  return { kind: 'item', items, oversized: command.oversized };
}

/**
 * Runs rules/<id>/handler.ts, the module the build bundles, on this machine and prints the evaluations
 * it sent. Exit status as for scan: 1 when one is NON_COMPLIANT or the handler threw.
 */
export async function runInvoke(command: InvokeCommand, rules: readonly RuleDefinition[], io: CliIo): Promise<number> {
  const rule = rules.find((candidate) => candidate.id === command.ruleId);
  if (rule === undefined) {
    io.stderr.write(`config-rules invoke: no rule ${JSON.stringify(command.ruleId)} in rules/index.ts (${rules.map((r) => r.id).join(', ')})\n`);
    return EXIT_USAGE;
  }
  let input: InvocationInput;
  try {
    input = inputOf(command, io.cwd);
  } catch (error) {
    if (!(error instanceof FixtureFileError)) throw error;
    io.stderr.write(`config-rules invoke: ${error.message}\n`);
    return EXIT_USAGE;
  }
  // The CLI runs this command under tsx, which hooks require(), not import(), in CommonJS.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require(join(projectRoot(__dirname), 'rules', rule.id, 'handler')) as { handler: RuleHandler };
  const env = process.env;
  const region = command.region ?? env['AWS_REGION'] ?? input.items[0]?.awsRegion ?? 'us-east-1';
  const savedRegion = env['AWS_REGION'];
  env['AWS_REGION'] = region;
  let outcome;
  try {
    outcome = await invokeRule(rule, handler, input, {
      live: command.live,
      ruleParameters: command.parameters,
      env,
      logSink: (line) => {
        if (command.verbose) io.stderr.write(`${line}\n`);
      },
    });
  } finally {
    if (savedRegion === undefined) delete env['AWS_REGION'];
    else env['AWS_REGION'] = savedRegion;
  }
  if (outcome.kind === 'sent' || outcome.evaluations.length > 0) {
    io.stdout.write(command.format === 'json' ? evaluationsJson(outcome.evaluations) : evaluationsTable(outcome.evaluations));
  }
  if (outcome.kind === 'failed') {
    const { error } = outcome;
    io.stderr.write(`config-rules invoke: the handler threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
    if (!command.live) io.stderr.write('(offline: only Config is answered, from --item; a collector or another AWS call needs --live)\n');
    return EXIT_FINDINGS;
  }
  return outcome.evaluations.some((evaluation) => evaluation.ComplianceType === 'NON_COMPLIANT') ? EXIT_FINDINGS : EXIT_CLEAN;
}
