import { type ConfigurationItem, configurationOf, type JsonRecord, MalformedConfigurationItemError } from '../../rule-kit';
import { SETTINGS, type SettingName } from './settings';

/** supplementaryConfiguration key the collector sets when S3 answers NoSuchPublicAccessBlockConfiguration. */
export const MISSING_MARKER = 'NoSuchPublicAccessBlockConfiguration';

export type AccountBlock =
  | { readonly kind: 'missing' }
  | { readonly kind: 'present'; readonly settings: Readonly<Record<SettingName, boolean>> };

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
  const marker = item.supplementaryConfiguration?.[MISSING_MARKER];
  if (marker !== undefined && marker !== null && marker !== false) {
    if (marker !== true) {
      throw new MalformedConfigurationItemError(`supplementaryConfiguration.${MISSING_MARKER}`, item.resourceType, item.resourceId, 'is not a boolean', marker);
    }
    return { kind: 'missing' };
  }
  const config = configurationOf(item);
  const settings = Object.fromEntries(
    SETTINGS.map(({ name, recordedKey }) => {
      const value = settingValue(config, recordedKey, name);
      if (value === undefined || value === null) return [name, false];
      if (typeof value === 'boolean') return [name, value];
      throw new MalformedConfigurationItemError(`configuration.${recordedKey}`, item.resourceType, item.resourceId, 'is not a boolean', value);
    }),
  ) as Record<SettingName, boolean>;
  return { kind: 'present', settings };
}
