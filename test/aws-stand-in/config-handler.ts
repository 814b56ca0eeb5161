import type { ConfigurationItem } from '../../rule-kit';
import type { FakeCloud } from './fake-cloud';
import { page } from './paging';
import { AwsFault } from './protocol';
import type { HandlerResult, ServiceHandler, StandInCall } from './stand-in';

const LIST_MAX = 100;
const BATCH_MAX = 100;
const DELETED = new Set(['ResourceDeleted', 'ResourceDeletedNotRecorded', 'ResourceNotRecorded']);

/** A BaseConfigurationItem as Config writes it on the wire (awsJson1_1: times in epoch seconds, configuration as a JSON string). */
function wireItem(item: ConfigurationItem): Record<string, unknown> {
  const seconds = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso) / 1000);
  return {
    version: item.configurationItemVersion,
    accountId: item.awsAccountId,
    configurationItemCaptureTime: seconds(item.configurationItemCaptureTime),
    configurationItemStatus: item.configurationItemStatus,
    configurationStateId: item.configurationStateId,
    arn: item.ARN,
    resourceType: item.resourceType,
    resourceId: item.resourceId,
    resourceName: item.resourceName,
    awsRegion: item.awsRegion,
    availabilityZone: item.availabilityZone,
    resourceCreationTime: seconds(item.resourceCreationTime),
    configuration: item.configuration === null || item.configuration === undefined ? undefined : JSON.stringify(item.configuration),
    supplementaryConfiguration: Object.fromEntries(Object.entries(item.supplementaryConfiguration ?? {}).map(([key, value]) => [key, JSON.stringify(value)])),
  };
}

function listed(items: readonly ConfigurationItem[], resourceType: unknown): ConfigurationItem[] {
  return items.filter((item) => item.resourceType === resourceType && !DELETED.has(item.configurationItemStatus));
}

/**
 * AWS Config (awsJson1_1, target prefix StarlingDoveService): the account's own recorded items and the
 * aggregator views over several accounts and Regions.
 */
export function configHandler(cloud: FakeCloud): ServiceHandler {
  const recordedIn = (account: string, region: string) => cloud.accounts.get(account)?.regions.get(region)?.recorded ?? [];
  const aggregator = (call: StandInCall) => {
    const name = String(call.input['ConfigurationAggregatorName'] ?? '');
    const found = cloud.aggregators.get(name);
    if (found === undefined) throw new AwsFault('NoSuchConfigurationAggregatorException', `The configuration aggregator ${name} does not exist.`);
    return found;
  };
  const handlers: Record<string, (call: StandInCall) => HandlerResult> = {
    DescribeConfigurationRecorders: (call) => {
      const recording = cloud.accounts.get(call.identity.account)?.regions.has(call.region) === true;
      return {
        json: {
          ConfigurationRecorders: recording
            ? [{ name: 'default', roleARN: `arn:aws:iam::${call.identity.account}:role/config`, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } }]
            : [],
        },
      };
    },
    DescribeConfigurationRecorderStatus: (call) => {
      const place = cloud.accounts.get(call.identity.account)?.regions.get(call.region);
      return {
        json: {
          ConfigurationRecordersStatus:
            place === undefined ? [] : [{ name: 'default', recording: place.configRecording, lastStatus: place.configRecording ? 'SUCCESS' : 'PENDING' }],
        },
      };
    },
    ListDiscoveredResources: (call) => {
      const items = listed(recordedIn(call.identity.account, call.region), call.input['resourceType']);
      const { items: shown, next } = page(items, call.input['nextToken'], call.input['limit'], LIST_MAX);
      return {
        json: {
          resourceIdentifiers: shown.map((item) => ({ resourceType: item.resourceType, resourceId: item.resourceId, resourceName: item.resourceName })),
          ...(next === undefined ? {} : { nextToken: next }),
        },
      };
    },
    BatchGetResourceConfig: (call) => {
      const keys = (call.input['resourceKeys'] ?? []) as { resourceType: string; resourceId: string }[];
      if (keys.length > BATCH_MAX) throw new AwsFault('ValidationException', `resourceKeys: at most ${BATCH_MAX}`);
      const items = recordedIn(call.identity.account, call.region);
      const found = keys.flatMap((key) => items.filter((item) => item.resourceType === key.resourceType && item.resourceId === key.resourceId));
      return { json: { baseConfigurationItems: found.map(wireItem), unprocessedResourceKeys: [] } };
    },
    ListAggregateDiscoveredResources: (call) => {
      const { accounts, regions } = aggregator(call);
      const items = accounts.flatMap((account) => regions.flatMap((region) => listed(recordedIn(account, region), call.input['ResourceType'])));
      const { items: shown, next } = page(items, call.input['NextToken'], call.input['Limit'], LIST_MAX);
      return {
        json: {
          ResourceIdentifiers: shown.map((item) => ({
            SourceAccountId: item.awsAccountId,
            SourceRegion: item.awsRegion,
            ResourceId: item.resourceId,
            ResourceType: item.resourceType,
            ResourceName: item.resourceName,
          })),
          ...(next === undefined ? {} : { NextToken: next }),
        },
      };
    },
    BatchGetAggregateResourceConfig: (call) => {
      aggregator(call);
      const keys = (call.input['ResourceIdentifiers'] ?? []) as { SourceAccountId: string; SourceRegion: string; ResourceId: string; ResourceType: string }[];
      if (keys.length > BATCH_MAX) throw new AwsFault('ValidationException', `ResourceIdentifiers: at most ${BATCH_MAX}`);
      const found = keys.flatMap((key) =>
        recordedIn(key.SourceAccountId, key.SourceRegion).filter((item) => item.resourceType === key.ResourceType && item.resourceId === key.ResourceId),
      );
      return { json: { BaseConfigurationItems: found.map(wireItem), UnprocessedResourceIdentifiers: [] } };
    },
  };
  return {
    service: 'config',
    protocol: 'json',
    handle: (call) => {
      const handler = handlers[call.operation];
      if (handler === undefined) throw new AwsFault('UnknownOperationException', `the stand-in does not implement config:${call.operation}`);
      return handler(call);
    },
  };
}
