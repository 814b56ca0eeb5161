import type { RuleDefinition } from '../../rule-kit';
import { parseInvoke, runInvoke, type InvokeCommand } from './invoke';
import { parseNewRule, runNewRule, type NewRuleCommand } from './new-rule';
import { parseRecord, runRecord, type RecordCommand } from './record';
import type { CliIo } from './run-cli';
import { parseSampleItem, runSampleItem, type SampleItemCommand } from './sample-item';
import { UsageError } from './usage-error';

/** The commands for writing rules, beside `scan`: each is its own module in this folder. */
export type AuthoringCommand = SampleItemCommand | NewRuleCommand | RecordCommand | InvokeCommand;

const PARSERS: Readonly<Record<AuthoringCommand['kind'], (args: readonly string[]) => AuthoringCommand>> = {
  'sample-item': parseSampleItem,
  new: parseNewRule,
  record: parseRecord,
  invoke: parseInvoke,
};

export const AUTHORING_USAGE = `
Writing rules:
  config-rules new ID --resource-type AWS::Service::Type [--resource-type ...] [--periodic] [--collector]
                   [--param NAME:TYPE[=DEFAULT] ...]
      creates rules/ID (a starter check to edit, handler, README), its tests and fixtures, registers it
      and regenerates the templates; TYPE: string, integer, boolean, stringList, integerList, portRangeList
  config-rules sample-item AWS::Service::Type [--resource-id ID] [--region R] [--account ID] [-o FILE]
      a configuration item of the type as Config notifies it, its configuration properties from the
      AWS Config resource schema as typed placeholders
  config-rules record AWS::Service::Type RESOURCE_ID [--region R] [--profile P] [-o FILE] [--redact]
      the resource's latest configuration item from Config (your credentials) as a test fixture;
      --redact replaces account ids and IPv4 host addresses consistently
  config-rules invoke ID (--item FILE [--oversized] | --event FILE | --periodic) [--param NAME=VALUE ...]
                      [--live] [--region R] [--format table|json] [-v]
      runs the rule's Lambda handler here on the event Config would send and prints the evaluations
      it sent; offline, Config answers from --item and nothing leaves the machine; --live uses your
      credentials, and PutEvaluations runs in TestMode (stores nothing)
`;

function isKind(name: string | undefined): name is AuthoringCommand['kind'] {
  return name !== undefined && Object.prototype.hasOwnProperty.call(PARSERS, name);
}

/** The authoring command `argv` names, parsed; undefined when it names another (or no) command. */
export function parseAuthoringCommand(argv: readonly string[]): AuthoringCommand | undefined {
  const [name, ...args] = argv;
  if (!isKind(name) || args.includes('--help') || args.includes('-h')) return undefined;
  try {
    return PARSERS[name](args);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // node:util parseArgs rejects unknown options and missing values with a TypeError.
    throw new UsageError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function isAuthoringCommand(command: { readonly kind: string }): command is AuthoringCommand {
  return isKind(command.kind);
}

export async function runAuthoringCommand(command: AuthoringCommand, rules: readonly RuleDefinition[], io: CliIo): Promise<number> {
  switch (command.kind) {
    case 'sample-item':
      return runSampleItem(command, io);
    case 'new':
      return runNewRule(command, rules, io);
    case 'record':
      return runRecord(command, io);
    case 'invoke':
      return runInvoke(command, rules, io);
  }
}
