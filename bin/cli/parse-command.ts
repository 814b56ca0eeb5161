import { parseArgs } from 'node:util';
import type { RawParameters } from '../../rule-kit';
import { UsageError } from './usage-error';
import { AUTHORING_USAGE, parseAuthoringCommand, type AuthoringCommand } from './authoring-command';

import type { ReportFormat } from '../../rule-kit/scanner';

export type OutputFormat = ReportFormat;
const FORMATS: readonly OutputFormat[] = ['table', 'json', 'junit', 'sarif'];

/** Where and as whom the AWS commands read (`scan --live`, `scan s3://...`, `collect`). */
export interface AwsOptions {
  readonly profile?: string;
  /** Absent: the SDK's Region; `all`: every Region enabled for the account. */
  readonly regions?: readonly string[] | 'all';
  readonly aggregator?: string;
  readonly roleName?: string;
  readonly accounts?: readonly string[];
  readonly organization: boolean;
  readonly concurrency?: number;
}

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
      readonly live: boolean;
      readonly requireEvidence: boolean;
      readonly aws: AwsOptions;
    }
  | { readonly kind: 'collect'; readonly ruleIds: readonly string[]; readonly output: string; readonly aws: AwsOptions };

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
        live: { type: 'boolean' },
        'require-evidence': { type: 'boolean' },
        profile: { type: 'string' },
        regions: { type: 'string' },
        aggregator: { type: 'string' },
        'role-name': { type: 'string' },
        accounts: { type: 'string' },
        organization: { type: 'boolean' },
        concurrency: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...paths] = positionals;
  if (values.help === true || command === 'help') return { kind: 'help' };
  if (command === undefined) throw new UsageError('missing command: use "config-rules scan [PATH ...]"');
  if (command !== 'scan' && command !== 'collect') throw new UsageError(`unknown command ${JSON.stringify(command)}: use scan, collect, new, sample-item, record or invoke`);
  const aws = awsOptions(values);
  if (command === 'collect') {
    if (paths.length > 0) throw new UsageError('collect takes no PATH: it reads the account');
    if (values.output === undefined || values.output === '') throw new UsageError('collect needs -o FILE (.jsonl, or .jsonl.gz for gzip)');
    return { kind: 'collect', ruleIds: values.rule ?? [], output: values.output, aws };
  }
  if (values.live === true && paths.length > 0) throw new UsageError('--live reads the account: give no PATH with it');
  if (values.live !== true && (aws.aggregator !== undefined || aws.roleName !== undefined || aws.organization)) {
    throw new UsageError('--aggregator, --role-name, --accounts and --organization go with --live');
  }
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
    live: values.live ?? false,
    requireEvidence: values['require-evidence'] ?? false,
    aws,
  };
}

const ACCOUNT_ID = /^\d{12}$/;
const REGION = /^[a-z]{2,}(?:-[a-z]+)+-\d+$/;

function awsOptions(values: {
  profile?: string;
  regions?: string;
  aggregator?: string;
  'role-name'?: string;
  accounts?: string;
  organization?: boolean;
  concurrency?: string;
}): AwsOptions {
  const list = (text: string) => text.split(',').map((part) => part.trim()).filter((part) => part !== '');
  let regions: readonly string[] | 'all' | undefined;
  if (values.regions !== undefined) {
    regions = values.regions.trim() === 'all' ? 'all' : list(values.regions);
    if (regions !== 'all') {
      const bad = regions.find((region) => !REGION.test(region));
      if (bad !== undefined || regions.length === 0) throw new UsageError(`--regions ${JSON.stringify(values.regions)} is not R1,R2 (e.g. eu-west-1,us-east-1) or all`);
    }
  }
  const accounts = values.accounts === undefined ? undefined : list(values.accounts);
  const badAccount = accounts?.find((id) => !ACCOUNT_ID.test(id));
  if (badAccount !== undefined) throw new UsageError(`--accounts: ${JSON.stringify(badAccount)} is not a 12-digit account id`);
  if ((accounts !== undefined || values.organization === true) && values['role-name'] === undefined) {
    throw new UsageError('--accounts and --organization need --role-name NAME: the role the scanner assumes in each account');
  }
  if (accounts !== undefined && values.organization === true) throw new UsageError('give --accounts or --organization, not both');
  let concurrency: number | undefined;
  if (values.concurrency !== undefined) {
    concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError('--concurrency must be a whole number from 1 to 64');
  }
  return {
    ...(values.profile === undefined ? {} : { profile: values.profile }),
    ...(regions === undefined ? {} : { regions }),
    ...(values.aggregator === undefined ? {} : { aggregator: values.aggregator }),
    ...(values['role-name'] === undefined ? {} : { roleName: values['role-name'] }),
    ...(accounts === undefined ? {} : { accounts }),
    organization: values.organization === true,
    ...(concurrency === undefined ? {} : { concurrency }),
  };
}

export const USAGE = `Usage: config-rules scan [PATH ...] [options]
       config-rules scan s3://BUCKET/PREFIX [options]
       config-rules scan --live [options]
       config-rules collect [--rule ID ...] [--regions R1,R2|all] [--profile NAME] -o collected.jsonl.gz

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
  --require-evidence        exit 1 when a selected rule was not evaluated (no item of its types)
  -h, --help                show this help

Reading AWS (read-only; the SDK's default credential chain and environment, e.g. AWS_REGION):
  s3://BUCKET/PREFIX        Config's delivery bucket: the latest snapshot per account and Region
                            (or every object of a history folder, or the one object named)
  --live                    what Config recorded for the rules' types, and the rules' collectors
  --profile NAME            a named profile of the shared config files
  --regions R1,R2|all       Regions to read (default: the SDK's Region; all: every enabled Region)
  --aggregator NAME         read recorded items through this Config aggregator
  --role-name NAME          assume arn:<partition>:iam::<account>:role/NAME in each account
  --accounts ID,ID          the accounts to read (with --role-name)
  --organization            every ACTIVE account of the organization (with --role-name)
  --concurrency N           accounts x Regions read at once (default 8)
  The IAM policy the CLI needs: templates/scanner-read-only-policy.json.

Exit status: 0 nothing non-compliant; 1 something non-compliant, or an item or rule could not be
evaluated (or, with --require-evidence, a rule was not evaluated); 2 bad usage, missing credentials
or unreadable input (the report still lists everything that was read).
${AUTHORING_USAGE}`;
