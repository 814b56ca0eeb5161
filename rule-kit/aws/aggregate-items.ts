import {
  BatchGetAggregateResourceConfigCommand,
  ListAggregateDiscoveredResourcesCommand,
  type AggregateResourceIdentifier,
  type ConfigServiceClient,
  type ResourceType as SdkResourceType,
} from '@aws-sdk/client-config-service';
import type { ConfigurationItem, ResourceType } from '../configuration-item';
import { fromApiItem } from '../items';
import { inBatches } from './in-batches';
import { BATCH_LIMIT, MAX_UNPROCESSED_ROUNDS } from './recorded-items';
import { UnprocessedResourcesError } from './unprocessed-resources-error';

/**
 * The current item of every resource of the given types in every account and Region a Config
 * aggregator covers: ListAggregateDiscoveredResources (every page), then BatchGetAggregateResourceConfig
 * 100 identifiers at a time, as `listRecordedItems` does for one account and Region.
 */
export async function* listAggregateItems(
  client: ConfigServiceClient,
  aggregatorName: string,
  resourceTypes: readonly ResourceType[],
): AsyncIterable<ConfigurationItem> {
  for (const resourceType of resourceTypes) {
    for await (const batch of inBatches(listIdentifiers(client, aggregatorName, resourceType), BATCH_LIMIT)) {
      yield* batchGet(client, aggregatorName, batch);
    }
  }
}

async function* listIdentifiers(client: ConfigServiceClient, aggregatorName: string, resourceType: ResourceType): AsyncIterable<AggregateResourceIdentifier> {
  let nextToken: string | undefined;
  do {
    const page = await client.send(
      new ListAggregateDiscoveredResourcesCommand({
        ConfigurationAggregatorName: aggregatorName,
        ResourceType: resourceType as SdkResourceType,
        ...(nextToken === undefined ? {} : { NextToken: nextToken }),
      }),
    );
    yield* page.ResourceIdentifiers ?? [];
    nextToken = page.NextToken || undefined;
  } while (nextToken !== undefined);
}

async function* batchGet(client: ConfigServiceClient, aggregatorName: string, identifiers: AggregateResourceIdentifier[]): AsyncIterable<ConfigurationItem> {
  let pending = identifiers;
  for (let round = 0; pending.length > 0; round += 1) {
    if (round === MAX_UNPROCESSED_ROUNDS) {
      throw new UnprocessedResourcesError(pending.map((id) => ({ resourceType: id.ResourceType, resourceId: id.ResourceId })));
    }
    const output = await client.send(new BatchGetAggregateResourceConfigCommand({ ConfigurationAggregatorName: aggregatorName, ResourceIdentifiers: pending }));
    for (const item of output.BaseConfigurationItems ?? []) yield fromApiItem(item);
    pending = output.UnprocessedResourceIdentifiers ?? [];
  }
}
