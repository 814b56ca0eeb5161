import type { ConfigurationItem } from '../configuration-item';
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
 * An item as Config writes it in a ConfigurationItemChangeNotification or a snapshot/history file in
 * S3 (configurationItemVersion 1.3: `awsAccountId`, `ARN`, `configuration` as an object). Validates
 * it; parses `configuration` when it arrives as a JSON string and supplementary values that are JSON
 * strings of objects or lists; turns nulls into absent fields. Fields outside the model
 * (`configurationItemDeliveryTime`, `recordingFrequency`, ...) are dropped.
 */
export function fromNotificationItem(raw: unknown): ConfigurationItem {
  const record = asItemRecord(raw);
  return withResourceLocation(record, () =>
    assembleItem({
      configurationItemVersion: optionalString(record['configurationItemVersion'], 'configurationItemVersion'),
      configurationItemCaptureTime: requiredIsoTimeOf(record['configurationItemCaptureTime'], 'configurationItemCaptureTime'),
      configurationItemStatus: statusOf(record['configurationItemStatus']),
      configurationStateId: stateIdOf(record['configurationStateId']),
      configurationStateMd5Hash: optionalString(record['configurationStateMd5Hash'], 'configurationStateMd5Hash'),
      awsAccountId: requiredString(record['awsAccountId'], 'awsAccountId'),
      awsRegion: requiredString(record['awsRegion'], 'awsRegion'),
      ARN: optionalString(record['ARN'], 'ARN'),
      availabilityZone: optionalString(record['availabilityZone'], 'availabilityZone'),
      resourceType: resourceTypeOf(record['resourceType']),
      resourceId: requiredString(record['resourceId'], 'resourceId'),
      resourceName: optionalString(record['resourceName'], 'resourceName'),
      resourceCreationTime: isoTimeOf(record['resourceCreationTime'], 'resourceCreationTime'),
      tags: tagsOf(record['tags']),
      relatedEvents: relatedEventsOf(record['relatedEvents']),
      relationships: relationshipsOf(record['relationships'], 'name'),
      configuration: configurationOfRaw(record['configuration']),
      supplementaryConfiguration: supplementaryOf(record['supplementaryConfiguration'], 'notification'),
    }),
  );
}
