import {
  configurationOf,
  MalformedConfigurationItemError,
  NO_PUBLIC_ACCESS_BLOCK_MARKER,
  PUBLIC_ACCESS_BLOCK_SETTINGS,
  type ConfigurationItem,
  type JsonRecord,
  type PublicAccessBlockSettingName,
} from '../../rule-kit';

export type AccountBlock =
  | { readonly kind: 'missing' }
  | { readonly kind: 'present'; readonly settings: Readonly<Record<PublicAccessBlockSettingName, boolean>> };

/** Config records `blockPublicAcls`; the S3 Control API and CloudFormation spell it `BlockPublicAcls`. */
function settingValue(config: JsonRecord, recordedKey: string, name: string): unknown {
  return Object.hasOwn(config, recordedKey) ? config[recordedKey] : Object.hasOwn(config, name) ? config[name] : undefined;
}

/**
 * The account-level block as recorded. A setting that is absent or null is off: that is S3's own
 * default, so an empty configuration fails every required setting rather than passing. A value that
 * is not a boolean is malformed (NON_COMPLIANT "Cannot evaluate").
 */
export function readAccountBlock(item: ConfigurationItem): AccountBlock {
  const marker = item.supplementaryConfiguration?.[NO_PUBLIC_ACCESS_BLOCK_MARKER];
  if (marker !== undefined && marker !== null && marker !== false) {
    if (marker !== true) {
      throw new MalformedConfigurationItemError(`supplementaryConfiguration.${NO_PUBLIC_ACCESS_BLOCK_MARKER}`, item.resourceType, item.resourceId, 'is not a boolean', marker);
    }
    return { kind: 'missing' };
  }
  const config = configurationOf(item);
  const settings = Object.fromEntries(
    PUBLIC_ACCESS_BLOCK_SETTINGS.map(({ name, recordedKey }) => {
      const value = settingValue(config, recordedKey, name);
      if (value === undefined || value === null) return [name, false];
      if (typeof value === 'boolean') return [name, value];
      throw new MalformedConfigurationItemError(`configuration.${recordedKey}`, item.resourceType, item.resourceId, 'is not a boolean', value);
    }),
  ) as Record<PublicAccessBlockSettingName, boolean>;
  return { kind: 'present', settings };
}
