import {
  ResourceNotDiscoveredException,
  type BaseConfigurationItem,
  type BatchGetResourceConfigCommandInput,
  type BatchGetResourceConfigCommandOutput,
  type GetResourceConfigHistoryCommandInput,
  type GetResourceConfigHistoryCommandOutput,
  type ListDiscoveredResourcesCommandInput,
  type ListDiscoveredResourcesCommandOutput,
  type ResourceType as SdkResourceType,
} from '@aws-sdk/client-config-service';
import type { ConfigurationItem } from '../../configuration-item';
import { toApiItem } from '../to-api-item';
import { pageSizeFor, paginate } from './paginate';

/** Replies, from a fixed set of recorded items, to the Config reads the kit makes. Pure: no mock here. */
type Output<T> = Omit<T, '$metadata'>;

const DELETED: ReadonlySet<string> = new Set(['ResourceDeleted', 'ResourceDeletedNotRecorded']);

function historyOf(items: readonly ConfigurationItem[], resourceType: string | undefined, resourceId: string | undefined) {
  return items.filter((item) => item.resourceType === resourceType && item.resourceId === resourceId);
}

const byCaptureTime = (a: ConfigurationItem, b: ConfigurationItem): number =>
  Date.parse(a.configurationItemCaptureTime) - Date.parse(b.configurationItemCaptureTime);

/** The newest item of each resource. */
function latestItems(items: readonly ConfigurationItem[]): ConfigurationItem[] {
  const latest = new Map<string, ConfigurationItem>();
  for (const item of items) {
    const key = `${item.resourceType}\u0000${item.resourceId}`;
    const seen = latest.get(key);
    if (seen === undefined || byCaptureTime(seen, item) <= 0) latest.set(key, item);
  }
  return [...latest.values()];
}

/**
 * GetResourceConfigHistory: the resource's items newest first (or oldest first with
 * chronologicalOrder Forward), within laterTime/earlierTime, `limit` per page (API default 10).
 * A resource with no items is ResourceNotDiscoveredException, as from Config.
 */
export function answerResourceConfigHistory(
  items: readonly ConfigurationItem[],
  input: GetResourceConfigHistoryCommandInput,
  pageSize: number | undefined,
): Output<GetResourceConfigHistoryCommandOutput> {
  const history = historyOf(items, input.resourceType, input.resourceId);
  if (history.length === 0) {
    throw new ResourceNotDiscoveredException({
      message: `Resource ${input.resourceId ?? ''} of resourceType:${input.resourceType ?? ''} is unknown or has not been discovered`,
      $metadata: {},
    });
  }
  const later = input.laterTime?.getTime() ?? Number.POSITIVE_INFINITY;
  const earlier = input.earlierTime?.getTime() ?? Number.NEGATIVE_INFINITY;
  const inWindow = history.filter((item) => {
    const captured = Date.parse(item.configurationItemCaptureTime);
    return captured <= later && captured >= earlier;
  });
  const ordered = inWindow.sort(input.chronologicalOrder === 'Forward' ? byCaptureTime : (a, b) => byCaptureTime(b, a));
  const { page, nextToken } = paginate(ordered, pageSizeFor(input.limit, 10, pageSize), input.nextToken);
  return { configurationItems: page.map(toApiItem), ...(nextToken === undefined ? {} : { nextToken }) };
}

/** ListDiscoveredResources: the latest item of each resource of the type, deleted ones only when asked. */
export function answerListDiscoveredResources(
  items: readonly ConfigurationItem[],
  input: ListDiscoveredResourcesCommandInput,
  pageSize: number | undefined,
): Output<ListDiscoveredResourcesCommandOutput> {
  const ids = input.resourceIds === undefined || input.resourceIds.length === 0 ? undefined : new Set(input.resourceIds);
  const found = latestItems(items).filter(
    (item) =>
      item.resourceType === input.resourceType &&
      (ids === undefined || ids.has(item.resourceId)) &&
      (input.resourceName === undefined || item.resourceName === input.resourceName) &&
      (input.includeDeletedResources === true || !DELETED.has(item.configurationItemStatus)),
  );
  const { page, nextToken } = paginate(found, pageSizeFor(input.limit, 100, pageSize), input.nextToken);
  return {
    resourceIdentifiers: page.map((item) => ({
      resourceType: item.resourceType as SdkResourceType,
      resourceId: item.resourceId,
      ...(item.resourceName === undefined ? {} : { resourceName: item.resourceName }),
    })),
    ...(nextToken === undefined ? {} : { nextToken }),
  };
}

/** BatchGetResourceConfig: the latest item of each key, without the fields BaseConfigurationItem lacks. */
export function answerBatchGetResourceConfig(
  items: readonly ConfigurationItem[],
  input: BatchGetResourceConfigCommandInput,
): Output<BatchGetResourceConfigCommandOutput> {
  const latest = latestItems(items);
  const found: BaseConfigurationItem[] = [];
  for (const key of input.resourceKeys ?? []) {
    const item = latest.find((candidate) => candidate.resourceType === key.resourceType && candidate.resourceId === key.resourceId);
    if (item === undefined || DELETED.has(item.configurationItemStatus)) continue;
    found.push(toBaseItem(item));
  }
  return { baseConfigurationItems: found, unprocessedResourceKeys: [] };
}

/** BaseConfigurationItem: the API item without tags, relationships, relatedEvents or the MD5 hash. */
function toBaseItem(item: ConfigurationItem): BaseConfigurationItem {
  const api = toApiItem(item);
  const base: BaseConfigurationItem = {};
  for (const key of BASE_FIELDS) {
    if (api[key] !== undefined) Object.assign(base, { [key]: api[key] });
  }
  return base;
}

const BASE_FIELDS = [
  'version',
  'accountId',
  'configurationItemCaptureTime',
  'configurationItemStatus',
  'configurationStateId',
  'arn',
  'resourceType',
  'resourceId',
  'resourceName',
  'awsRegion',
  'availabilityZone',
  'resourceCreationTime',
  'configuration',
  'supplementaryConfiguration',
] as const satisfies readonly (keyof BaseConfigurationItem)[];
