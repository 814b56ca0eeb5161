import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { parseArgs } from 'node:util';
import { recordItem, ResourceNotRecordedError } from '../record';
import { EXIT_CLEAN, EXIT_USAGE } from './exit-status';
import type { CliIo } from './run-cli';
import { UsageError } from './usage-error';
import { writeOutput } from './write-output';

export interface RecordCommand {
  readonly kind: 'record';
  readonly resourceType: string;
  readonly resourceId: string;
  readonly region: string | undefined;
  readonly profile: string | undefined;
  readonly output: string | undefined;
  readonly redact: boolean;
}

export function parseRecord(args: readonly string[]): RecordCommand {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      region: { type: 'string' },
      profile: { type: 'string' },
      output: { type: 'string', short: 'o' },
      redact: { type: 'boolean' },
    },
  });
  const [resourceType, resourceId, ...extra] = positionals;
  if (resourceType === undefined || resourceId === undefined || extra.length > 0) {
    throw new UsageError('record takes a resource type and a resource id, for example: config-rules record AWS::EC2::Volume vol-0123456789abcdef0');
  }
  return { kind: 'record', resourceType, resourceId, region: values.region, profile: values.profile, output: values.output, redact: values.redact ?? false };
}

/** Fetches the resource's latest item from Config with the caller's credentials and writes it as a fixture. */
export async function runRecord(command: RecordCommand, io: CliIo, client?: ConfigServiceClient): Promise<number> {
  const region = command.region ?? io.env['AWS_REGION'] ?? io.env['AWS_DEFAULT_REGION'];
  if (region === undefined) {
    io.stderr.write('config-rules record: no Region: pass --region or set AWS_REGION\n');
    return EXIT_USAGE;
  }
  // The SDK's default credential chain reads the profile from the environment.
  if (command.profile !== undefined) process.env['AWS_PROFILE'] = command.profile;
  try {
    const fixture = await recordItem(client ?? new ConfigServiceClient({ region }), {
      resourceType: command.resourceType,
      resourceId: command.resourceId,
      region,
      redact: command.redact,
      now: new Date(),
    });
    writeOutput(fixture, command.output, io);
    return EXIT_CLEAN;
  } catch (error) {
    const known = error instanceof ResourceNotRecordedError || (error instanceof Error && '$metadata' in error) || (error instanceof Error && error.name === 'CredentialsProviderError');
    if (!known) throw error;
    io.stderr.write(`config-rules record: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
    return EXIT_USAGE;
  }
}
