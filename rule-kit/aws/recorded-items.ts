import {
  BatchGetResourceConfigCommand,
  ListDiscoveredResourcesCommand,
  type ConfigServiceClient,
  type ResourceKey as SdkResourceKey,
  type ResourceType as SdkResourceType,
} from '@aws-sdk/client-config-service';
import type { ConfigurationItem, ResourceType } from '../configuration-item';
import { fromApiItem } from '../items';
import { inBatches } from './in-batches';
import { UnprocessedResourcesError } from './unprocessed-resources-error';

/** BatchGetResourceConfig and BatchGetAggregateResourceConfig take at most 100 keys. */
export const BATCH_LIMIT = 100;
/** Unprocessed keys are asked for again this many times before the read fails. */
export const MAX_UNPROCESSED_ROUNDS = 5;

/**
 * The current item of every recorded resource of the given types: what a periodic rule without a
 * collector evaluates. Lists keys with ListDiscoveredResources, then reads them 100 at a time with
 * BatchGetResourceConfig, re-asking for unprocessed keys a few times before failing loudly.
 *
 * @example
 * for await (const item of listRecordedItems(client, ['AWS::S3::Bucket'])) evaluations.push(evaluate(item));
 */
export async function* listRecordedItems(
  client: ConfigServiceClient,
  resourceTypes: readonly ResourceType[],
): AsyncIterable<ConfigurationItem> {
  for (const resourceType of resourceTypes) {
    for await (const batch of inBatches(listResourceKeys(client, resourceType), BATCH_LIMIT)) yield* batchGet(client, batch);
  }
}

async function* listResourceKeys(client: ConfigServiceClient, resourceType: ResourceType): AsyncIterable<SdkResourceKey> {
  let nextToken: string | undefined;
  do {
    const page = await client.send(
      new ListDiscoveredResourcesCommand({
        resourceType: resourceType as SdkResourceType,
        ...(nextToken === undefined ? {} : { nextToken }),
      }),
    );
    for (const identifier of page.resourceIdentifiers ?? []) {
      if (identifier.resourceId) yield { resourceType: resourceType as SdkResourceType, resourceId: identifier.resourceId };
    }
    nextToken = page.nextToken || undefined;
  } while (nextToken !== undefined);
}

async function* batchGet(client: ConfigServiceClient, keys: SdkResourceKey[]): AsyncIterable<ConfigurationItem> {
  let pending = keys;
  for (let round = 0; pending.length > 0; round += 1) {
    if (round === MAX_UNPROCESSED_ROUNDS) throw new UnprocessedResourcesError(pending);
    const output = await client.send(new BatchGetResourceConfigCommand({ resourceKeys: pending }));
    for (const item of output.baseConfigurationItems ?? []) yield fromApiItem(item);
    pending = output.unprocessedResourceKeys ?? [];
  }
}
