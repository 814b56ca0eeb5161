import {
  type ConfigurationItem,
  configurationOf,
  type JsonRecord,
  MalformedConfigurationItemError,
  optionalArray,
  readAccountSummary,
  requireRecord,
  requireString,
} from '../../rule-kit';
import { ERRORS_KEY, QUOTAS_KEY, SUMMARY_KEY } from './collected-facts';
import { IAM_QUOTAS, REGIONAL_QUOTAS } from './quota-catalogue';

/** A quota with both numbers known. `region` is set for Region-scoped quotas. */
export interface QuotaUsage {
  readonly name: string;
  readonly region: string | undefined;
  readonly usage: number;
  readonly limit: number;
}

/** A quota the rule has no numbers for, and why. */
export interface UnreadQuota {
  readonly name: string;
  readonly reason: string;
}

export interface QuotaReadings {
  readonly usages: readonly QuotaUsage[];
  readonly unread: readonly UnreadQuota[];
}

function count(item: ConfigurationItem, record: JsonRecord, key: string, field: string): number {
  const value = record[key];
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  throw new MalformedConfigurationItemError(`${field}.${key}`, item.resourceType, item.resourceId, 'is not a number of at least 0', value);
}

function readErrors(item: ConfigurationItem, config: JsonRecord): UnreadQuota[] {
  return optionalArray(item, config[ERRORS_KEY], `configuration.${ERRORS_KEY}`).map((entry, index) => {
    const field = `configuration.${ERRORS_KEY}[${index}]`;
    const error = requireRecord(item, entry, field);
    const text = (key: string) => (typeof error[key] === 'string' ? (error[key] as string) : undefined);
    const reason = [text('operation'), text('code')].filter(Boolean).join(' ');
    const message = text('message');
    return {
      name: requireString(item, error['quota'], `${field}.quota`),
      reason: [reason, message].filter((part) => part !== undefined && part !== '').join(': ') || 'unknown error',
    };
  });
}

function readRegional(item: ConfigurationItem, config: JsonRecord): QuotaUsage[] {
  return optionalArray(item, config[QUOTAS_KEY], `configuration.${QUOTAS_KEY}`).map((entry, index) => {
    const field = `configuration.${QUOTAS_KEY}[${index}]`;
    const quota = requireRecord(item, entry, field);
    const region = quota['region'];
    return {
      name: requireString(item, quota['name'], `${field}.name`),
      region: typeof region === 'string' ? region : item.awsRegion,
      usage: count(item, quota, 'usage', field),
      limit: count(item, quota, 'limit', field),
    };
  });
}

/**
 * Every quota the item holds numbers for, and every quota it does not: those the collector recorded
 * as errors, IAM quotas whose keys the account summary lacks, and expected quotas that are simply
 * absent (a truncated or hand-made item). Nothing unread is dropped: each becomes NON_COMPLIANT.
 */
export function readQuotaUsage(item: ConfigurationItem): QuotaReadings {
  const config = configurationOf(item);
  const unread = readErrors(item, config);
  const usages = readRegional(item, config);
  const accounted = (name: string) => usages.some((usage) => usage.name === name) || unread.some((entry) => entry.name === name);

  const summaryPresent = config[SUMMARY_KEY] !== undefined && config[SUMMARY_KEY] !== null;
  const read = summaryPresent ? readAccountSummary(item) : undefined;
  for (const quota of IAM_QUOTAS) {
    if (read === undefined) {
      if (!accounted(quota.name)) unread.push({ name: quota.name, reason: 'the item has no IAM account summary' });
      continue;
    }
    const usage = read(quota.usageKey);
    const limit = read(quota.quotaKey);
    if (usage === undefined || limit === undefined) {
      const missing = [usage === undefined ? quota.usageKey : undefined, limit === undefined ? quota.quotaKey : undefined].filter(Boolean);
      unread.push({ name: quota.name, reason: `the IAM account summary has no ${missing.join(' or ')}` });
    } else {
      usages.push({ name: quota.name, region: undefined, usage, limit });
    }
  }
  for (const quota of REGIONAL_QUOTAS) {
    if (!accounted(quota.name)) unread.push({ name: quota.name, reason: `not collected (${quota.serviceCode}/${quota.quotaCode})` });
  }
  return { usages, unread };
}
