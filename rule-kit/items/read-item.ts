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

/** Where the two source shapes differ: the names of a few fields, and how supplementary values are encoded. */
export interface ItemDialect {
  readonly version: string;
  readonly md5Hash: string;
  readonly accountId: string;
  readonly arn: string;
  readonly relationshipName: 'name' | 'relationshipName';
  readonly supplementary: 'api' | 'notification';
}

export const NOTIFICATION_DIALECT: ItemDialect = {
  version: 'configurationItemVersion',
  md5Hash: 'configurationStateMd5Hash',
  accountId: 'awsAccountId',
  arn: 'ARN',
  relationshipName: 'name',
  supplementary: 'notification',
};

export const API_DIALECT: ItemDialect = {
  version: 'version',
  md5Hash: 'configurationItemMD5Hash',
  accountId: 'accountId',
  arn: 'arn',
  relationshipName: 'relationshipName',
  supplementary: 'api',
};

/** Reads and validates one item of either shape into the notification-shape model. */
export function readItem(raw: unknown, dialect: ItemDialect): ConfigurationItem {
  const record = asItemRecord(raw);
  return withResourceLocation(record, () =>
    assembleItem({
      configurationItemVersion: optionalString(record[dialect.version], dialect.version),
      configurationItemCaptureTime: requiredIsoTimeOf(record['configurationItemCaptureTime'], 'configurationItemCaptureTime'),
      configurationItemStatus: statusOf(record['configurationItemStatus']),
      configurationStateId: stateIdOf(record['configurationStateId']),
      configurationStateMd5Hash: optionalString(record[dialect.md5Hash], dialect.md5Hash),
      awsAccountId: requiredString(record[dialect.accountId], dialect.accountId),
      awsRegion: requiredString(record['awsRegion'], 'awsRegion'),
      ARN: optionalString(record[dialect.arn], dialect.arn),
      availabilityZone: optionalString(record['availabilityZone'], 'availabilityZone'),
      resourceType: resourceTypeOf(record['resourceType']),
      resourceId: requiredString(record['resourceId'], 'resourceId'),
      resourceName: optionalString(record['resourceName'], 'resourceName'),
      resourceCreationTime: isoTimeOf(record['resourceCreationTime'], 'resourceCreationTime'),
      tags: tagsOf(record['tags']),
      relatedEvents: relatedEventsOf(record['relatedEvents']),
      relationships: relationshipsOf(record['relationships'], dialect.relationshipName),
      configuration: configurationOfRaw(record['configuration']),
      supplementaryConfiguration: supplementaryOf(record['supplementaryConfiguration'], dialect.supplementary),
    }),
  );
}
