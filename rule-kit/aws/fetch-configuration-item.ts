import {
  GetResourceConfigHistoryCommand,
  ResourceNotDiscoveredException,
  type ConfigServiceClient,
  type ResourceType as SdkResourceType,
} from '@aws-sdk/client-config-service';
import type { ConfigurationItem } from '../configuration-item';
import { fromApiItem } from '../items';
import { ConfigurationItemNotFoundError } from './configuration-item-not-found-error';

export interface ItemRequest {
  readonly resourceType: string;
  readonly resourceId: string;
  /** Fetch the item recorded at or before this time (an oversized notification's capture time). */
  readonly laterTime?: string;
}

/**
 * The latest configuration item at or before `laterTime`, normalised to the notification shape;
 * undefined when Config has never recorded the resource.
 *
 * @example
 * const block = await findConfigurationItem(client, { resourceType: 'AWS::S3::AccountPublicAccessBlock', resourceId: accountId });
 */
export async function findConfigurationItem(
  client: ConfigServiceClient,
  request: ItemRequest,
): Promise<ConfigurationItem | undefined> {
  try {
    const output = await client.send(
      new GetResourceConfigHistoryCommand({
        resourceType: request.resourceType as SdkResourceType,
        resourceId: request.resourceId,
        ...(request.laterTime === undefined ? {} : { laterTime: new Date(request.laterTime) }),
        limit: 1,
      }),
    );
    const item = output.configurationItems?.[0];
    return item === undefined ? undefined : fromApiItem(item);
  } catch (error) {
    if (error instanceof ResourceNotDiscoveredException) return undefined;
    throw error;
  }
}

/**
 * An oversized notification's full item. Its absence is an error: the evaluation would be lost.
 *
 * @example
 * const item = await fetchConfigurationItem(client, { resourceType: summary.resourceType, resourceId: summary.resourceId, laterTime: summary.configurationItemCaptureTime });
 */
export async function fetchConfigurationItem(client: ConfigServiceClient, request: ItemRequest): Promise<ConfigurationItem> {
  const item = await findConfigurationItem(client, request);
  if (item === undefined) throw new ConfigurationItemNotFoundError(request.resourceType, request.resourceId, request.laterTime);
  return item;
}
