import type { ConfigurationItem } from '../../../rule-kit';

/** A recorded EC2 instance item (notification shape, version 1.3) for handler tests. */
export function instance(id: string, tags: Record<string, string>, status: ConfigurationItem['configurationItemStatus'] = 'OK'): ConfigurationItem {
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-11-20T10:00:00.000Z',
    configurationItemStatus: status,
    configurationStateId: '1763632800000',
    awsAccountId: '123456789012',
    awsRegion: 'eu-west-1',
    ARN: `arn:aws:ec2:eu-west-1:123456789012:instance/${id}`,
    availabilityZone: 'eu-west-1a',
    resourceType: 'AWS::EC2::Instance',
    resourceId: id,
    resourceCreationTime: '2026-11-01T09:00:00.000Z',
    tags,
    relatedEvents: [],
    relationships: [],
    configuration: status === 'ResourceDeleted' ? null : { instanceId: id, instanceType: 't3.micro', state: { name: 'running' } },
    supplementaryConfiguration: {},
  };
}
