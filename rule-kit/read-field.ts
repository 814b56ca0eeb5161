import type { ConfigurationItem } from './configuration-item';
import { MalformedConfigurationItemError } from './errors';

/**
 * Readers for the untrusted JSON inside a configuration item. Each names the field and the resource
 * when the data is missing or of the wrong shape, so a rule fails safe with a clear annotation
 * instead of reading `undefined` as "not exposed".
 */

export type JsonRecord = Readonly<Record<string, unknown>>;

/**
 * @example
 * const block = isRecord(value) ? value : {};
 */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function malformed(item: ConfigurationItem, field: string, reason: string, value?: unknown): never {
  throw new MalformedConfigurationItemError(field, item.resourceType, item.resourceId, reason, value);
}

/**
 * The item's `configuration` as an object; a missing or non-object configuration is malformed.
 *
 * @example
 * const encrypted = requireBoolean(item, configurationOf(item)['encrypted'], 'configuration.encrypted');
 */
export function configurationOf(item: ConfigurationItem): JsonRecord {
  const config = item.configuration;
  if (!isRecord(config)) return malformed(item, 'configuration', 'is not an object', config);
  return config;
}

/**
 * @example
 * const logging = requireRecord(item, configurationOf(item)['loggingConfiguration'], 'configuration.loggingConfiguration');
 */
export function requireRecord(item: ConfigurationItem, value: unknown, field: string): JsonRecord {
  return isRecord(value) ? value : malformed(item, field, 'is not an object', value);
}

/**
 * @example
 * const rules = requireArray(item, configurationOf(item)['ipPermissions'], 'configuration.ipPermissions');
 */
export function requireArray(item: ConfigurationItem, value: unknown, field: string): readonly unknown[] {
  return Array.isArray(value) ? value : malformed(item, field, 'is not a list', value);
}

/**
 * A list that Config omits or records as null when empty. Anything else that is not a list is malformed.
 *
 * @example
 * const tags = optionalArray(item, configurationOf(item)['tagList'], 'configuration.tagList'); // [] when Config omits it
 */
export function optionalArray(item: ConfigurationItem, value: unknown, field: string): readonly unknown[] {
  if (value === undefined || value === null) return [];
  return requireArray(item, value, field);
}

/**
 * @example
 * const name = requireString(item, configurationOf(item)['name'], 'configuration.name');
 */
export function requireString(item: ConfigurationItem, value: unknown, field: string): string {
  return typeof value === 'string' ? value : malformed(item, field, 'is not a string', value);
}

/**
 * @example
 * const encrypted = requireBoolean(item, configurationOf(item)['encrypted'], 'configuration.encrypted');
 */
export function requireBoolean(item: ConfigurationItem, value: unknown, field: string): boolean {
  return typeof value === 'boolean' ? value : malformed(item, field, 'is not a boolean', value);
}

/**
 * Numbers Config records as numbers, or as numeric strings in some resource types.
 *
 * @example
 * const days = requireNumber(item, configurationOf(item)['retentionInDays'], 'configuration.retentionInDays');
 */
export function requireNumber(item: ConfigurationItem, value: unknown, field: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return malformed(item, field, 'is not a number', value);
}

/**
 * A value Config stores either as JSON or as a JSON string holding it (S3's supplementary
 * configuration does both, depending on the source). Returns the parsed value.
 *
 * @example
 * const block = jsonField(item, item.supplementaryConfiguration?.['PublicAccessBlockConfiguration'], 'supplementaryConfiguration.PublicAccessBlockConfiguration');
 */
export function jsonField(item: ConfigurationItem, value: unknown, field: string): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return malformed(item, field, 'is a string that is not valid JSON', value);
  }
}
