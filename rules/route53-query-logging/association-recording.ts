import { DescribeConfigurationRecordersCommand, type ConfigServiceClient, type ConfigurationRecorder } from '@aws-sdk/client-config-service';
import { ASSOCIATION_TYPE } from './resource-types';

function records(recorder: ConfigurationRecorder, type: string): boolean {
  const group = recorder.recordingGroup;
  if (group === undefined) return false;
  if (group.resourceTypes?.includes(type as never) === true) return true;
  return group.allSupported === true && group.exclusionByResourceTypes?.resourceTypes?.includes(type as never) !== true;
}

/**
 * Why absence of recorded associations would prove nothing, or undefined when a configuration recorder in
 * this Region records AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation (all supported types
 * without excluding it, or it listed by name).
 */
export async function associationsNotRecorded(config: ConfigServiceClient, region: string): Promise<string | undefined> {
  const { ConfigurationRecorders = [] } = await config.send(new DescribeConfigurationRecordersCommand({}));
  return ConfigurationRecorders.some((recorder) => records(recorder, ASSOCIATION_TYPE))
    ? undefined
    : `AWS Config does not record ${ASSOCIATION_TYPE} in ${region}`;
}
