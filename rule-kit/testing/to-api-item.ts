import type {
  ConfigurationItem as SdkConfigurationItem,
  ConfigurationItemStatus as SdkConfigurationItemStatus,
  ResourceType as SdkResourceType,
} from '@aws-sdk/client-config-service';
import type { ConfigurationItem } from '../configuration-item';

/**
 * The inverse of `fromApiItem`: the item as the SDK returns it from GetResourceConfigHistory
 * (API field names, Date objects, `configuration` and every supplementary value as JSON strings).
 * `fromApiItem(toApiItem(item))` deep-equals any normalised item.
 *
 * @example
 * expect(evaluateWith(rule, fromApiItem(toApiItem(item)))).toEqual(evaluateWith(rule, item));
 */
export function toApiItem(item: ConfigurationItem): SdkConfigurationItem {
  const api: SdkConfigurationItem = {};
  if (item.configurationItemVersion !== undefined) api.version = item.configurationItemVersion;
  api.accountId = item.awsAccountId;
  api.configurationItemCaptureTime = new Date(item.configurationItemCaptureTime);
  api.configurationItemStatus = item.configurationItemStatus as SdkConfigurationItemStatus;
  if (item.configurationStateId !== undefined) api.configurationStateId = item.configurationStateId;
  if (item.configurationStateMd5Hash !== undefined) api.configurationItemMD5Hash = item.configurationStateMd5Hash;
  if (item.ARN !== undefined) api.arn = item.ARN;
  // The SDK's ResourceType is a closed union of the types it knew at release; Config returns newer ones too.
  api.resourceType = item.resourceType as SdkResourceType;
  api.resourceId = item.resourceId;
  if (item.resourceName !== undefined) api.resourceName = item.resourceName;
  api.awsRegion = item.awsRegion;
  if (item.availabilityZone !== undefined) api.availabilityZone = item.availabilityZone;
  if (item.resourceCreationTime !== undefined) api.resourceCreationTime = new Date(item.resourceCreationTime);
  if (item.tags !== undefined) api.tags = { ...item.tags };
  if (item.relatedEvents !== undefined) api.relatedEvents = [...item.relatedEvents];
  if (item.relationships !== undefined) {
    api.relationships = item.relationships.map((relationship) => ({
      resourceType: relationship.resourceType as SdkResourceType,
      ...(relationship.resourceId === undefined ? {} : { resourceId: relationship.resourceId }),
      ...(relationship.resourceName === undefined ? {} : { resourceName: relationship.resourceName }),
      relationshipName: relationship.name,
    }));
  }
  if (item.configuration !== null && item.configuration !== undefined) api.configuration = JSON.stringify(item.configuration);
  if (item.supplementaryConfiguration !== undefined) {
    api.supplementaryConfiguration = Object.fromEntries(
      Object.entries(item.supplementaryConfiguration).map(([key, value]) => [key, JSON.stringify(value)]),
    );
  }
  return api;
}
