import { DescribeConfigurationRecorderStatusCommand, type ConfigServiceClient } from '@aws-sdk/client-config-service';
import { RuleKitError } from '../errors';

/** No configuration recorder records in the Region: what Config lists there is not the account's state. */
export class ConfigNotRecordingError extends RuleKitError {
  readonly name = 'ConfigNotRecordingError';
  readonly code = 'ConfigNotRecording';
  constructor(readonly recorders: readonly string[]) {
    super(
      recorders.length === 0
        ? 'AWS Config has no configuration recorder in this Region: nothing is recorded here'
        : `AWS Config's recorder(s) ${recorders.join(', ')} are stopped in this Region: what Config lists here is out of date`,
    );
  }
}

/**
 * Checks that a configuration recorder records in the client's Region (DescribeConfigurationRecorderStatus),
 * so an empty ListDiscoveredResources is never read as "no such resources" where Config is off.
 */
export async function requireConfigRecording(client: ConfigServiceClient): Promise<void> {
  const { ConfigurationRecordersStatus = [] } = await client.send(new DescribeConfigurationRecorderStatusCommand({}));
  if (ConfigurationRecordersStatus.some((status) => status.recording === true)) return;
  throw new ConfigNotRecordingError(ConfigurationRecordersStatus.map((status) => status.name ?? '?'));
}
