import {
  type ConfigurationItem,
  jsonField,
  MalformedConfigurationItemError,
  requireArray,
  requireRecord,
  requireString,
} from '../../rule-kit';

export type SnapshotResourceType = 'AWS::RDS::DBSnapshot' | 'AWS::RDS::DBClusterSnapshot';

/** Where Config records each snapshot type's attributes (DescribeDB[Cluster]SnapshotAttributes). */
export const ATTRIBUTES_KEY: Readonly<Record<SnapshotResourceType, string>> = {
  'AWS::RDS::DBSnapshot': 'DBSnapshotAttributes',
  'AWS::RDS::DBClusterSnapshot': 'DBClusterSnapshotAttributes',
};

/**
 * The `restore` attribute value RDS uses for "every AWS account". RDS writes it as `all`; any casing
 * counts, since the only other values are 12-digit account ids and strict beats a missed exposure.
 */
export function isPublicValue(value: string): boolean {
  return value.trim().toLowerCase() === 'all';
}

/**
 * The accounts (or `all`) allowed to copy or restore the snapshot: the `restore` attribute's values.
 * Config records the list as `[{"attributeName":"restore","attributeValues":[...]}]`, as an array in
 * notifications and as a JSON string from the API. No attribute list, or a list without `restore`, is
 * data we cannot read: it throws, and the kit reports NON_COMPLIANT "Cannot evaluate" rather than
 * guessing the snapshot is private.
 */
export function restoreAccounts(item: ConfigurationItem, type: SnapshotResourceType): readonly string[] {
  const key = ATTRIBUTES_KEY[type];
  const field = `supplementaryConfiguration.${key}`;
  const raw = item.supplementaryConfiguration?.[key];
  if (raw === undefined || raw === null) {
    throw new MalformedConfigurationItemError(field, item.resourceType, item.resourceId, 'is missing: sharing cannot be determined');
  }
  const attributes = requireArray(item, jsonField(item, raw, field), field).map((entry, index) =>
    requireRecord(item, entry, `${field}[${index}]`),
  );
  // Every `restore` entry counts: a second one holding `all` must not hide behind the first.
  const restore = attributes.filter(
    (attribute, index) => requireString(item, attribute['attributeName'], `${field}[${index}].attributeName`) === 'restore',
  );
  if (restore.length === 0) {
    throw new MalformedConfigurationItemError(field, item.resourceType, item.resourceId, 'has no restore attribute', raw);
  }
  const valuesField = `${field}[restore].attributeValues`;
  return restore.flatMap((attribute) =>
    requireArray(item, attribute['attributeValues'], valuesField).map((value) => requireString(item, value, valuesField)),
  );
}
