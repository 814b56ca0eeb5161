import { parseArgs } from 'node:util';
import { loadResourceSchema, sampleItem, UnknownResourceTypeError } from '../sample-item';
import { EXIT_CLEAN, EXIT_USAGE } from './exit-status';
import type { CliIo } from './run-cli';
import { UsageError } from './usage-error';
import { writeOutput } from './write-output';

export interface SampleItemCommand {
  readonly kind: 'sample-item';
  readonly resourceType: string;
  readonly resourceId: string | undefined;
  readonly region: string | undefined;
  readonly accountId: string | undefined;
  readonly output: string | undefined;
}

export function parseSampleItem(args: readonly string[]): SampleItemCommand {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      'resource-id': { type: 'string' },
      region: { type: 'string' },
      account: { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
  });
  const [resourceType, ...extra] = positionals;
  if (resourceType === undefined || extra.length > 0) throw new UsageError('sample-item takes one resource type, for example AWS::EC2::Volume');
  if (values.account !== undefined && !/^\d{12}$/.test(values.account)) throw new UsageError(`--account ${JSON.stringify(values.account)} is not a 12-digit account id`);
  return {
    kind: 'sample-item',
    resourceType,
    resourceId: values['resource-id'],
    region: values.region,
    accountId: values.account,
    output: values.output,
  };
}

/** Prints (or writes) a notification-shape item of the type, its configuration from the resource schema. */
export function runSampleItem(command: SampleItemCommand, io: CliIo): number {
  let notification;
  try {
    notification = sampleItem(loadResourceSchema(), command.resourceType, {
      ...(command.resourceId === undefined ? {} : { resourceId: command.resourceId }),
      ...(command.region === undefined ? {} : { region: command.region }),
      ...(command.accountId === undefined ? {} : { accountId: command.accountId }),
    });
  } catch (error) {
    if (!(error instanceof UnknownResourceTypeError)) throw error;
    io.stderr.write(`config-rules: ${error.message}\n`);
    return EXIT_USAGE;
  }
  writeOutput(`${JSON.stringify(notification, null, 2)}\n`, command.output, io);
  return EXIT_CLEAN;
}
