import type {
  BaseConfigurationItem,
  ConfigurationItem as SdkConfigurationItem,
} from '@aws-sdk/client-config-service';
import type { ConfigurationItem } from '../configuration-item';
import type { JsonRecord } from '../read-field';
import { asItemRecord, assembleItem, withResourceLocation } from './assemble-item';
import {
  configurationOfRaw,
  isoTimeOf,
  optionalString,
  relatedEventsOf,
  relationshipsOf,
  requiredIsoTimeOf,
  requiredString,
  resourceTypeOf,
  stateIdOf,
  statusOf,
  supplementaryOf,
  tagsOf,
} from './item-fields';

/**
 * An item from GetResourceConfigHistory (`ConfigurationItem`) or BatchGetResourceConfig
 * (`BaseConfigurationItem`), as the SDK returns it (Dates) or as JSON (epoch seconds).
 */
export type ApiConfigurationItem = SdkConfigurationItem | BaseConfigurationItem | JsonRecord;

/**
 * Normalises an API item to the notification shape: `accountId`→`awsAccountId`, `arn`→`ARN`,
 * `version`→`configurationItemVersion`, `configurationItemMD5Hash`→`configurationStateMd5Hash`,
 * `relationships[].relationshipName`→`name`, JSON-string `configuration` and supplementary values
 * parsed, timestamps to ISO strings. `configurationItemDeliveryTime` and `recordingFrequency` are
 * dropped: notifications and snapshot files do not carry them consistently, and a rule's verdict
 * must not depend on which source an item came from.
 */
export function fromApiItem(item: ApiConfigurationItem): ConfigurationItem {
  const record = asItemRecord(item);
  return withResourceLocation(record, () =>
    assembleItem({
      configurationItemVersion: optionalString(record['version'], 'version'),
      configurationItemCaptureTime: requiredIsoTimeOf(record['configurationItemCaptureTime'], 'configurationItemCaptureTime'),
      configurationItemStatus: statusOf(record['configurationItemStatus']),
      configurationStateId: stateIdOf(record['configurationStateId']),
      configurationStateMd5Hash: optionalString(record['configurationItemMD5Hash'], 'configurationItemMD5Hash'),
      awsAccountId: requiredString(record['accountId'], 'accountId'),
      awsRegion: requiredString(record['awsRegion'], 'awsRegion'),
      ARN: optionalString(record['arn'], 'arn'),
      availabilityZone: optionalString(record['availabilityZone'], 'availabilityZone'),
      resourceType: resourceTypeOf(record['resourceType']),
      resourceId: requiredString(record['resourceId'], 'resourceId'),
      resourceName: optionalString(record['resourceName'], 'resourceName'),
      resourceCreationTime: isoTimeOf(record['resourceCreationTime'], 'resourceCreationTime'),
      tags: tagsOf(record['tags']),
      relatedEvents: relatedEventsOf(record['relatedEvents']),
      relationships: relationshipsOf(record['relationships'], 'relationshipName'),
      configuration: configurationOfRaw(record['configuration']),
      supplementaryConfiguration: supplementaryOf(record['supplementaryConfiguration'], 'api'),
    }),
  );
}
