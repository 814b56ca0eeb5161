import {
  CONFIGURATION_ITEM_STATUSES,
  RESOURCE_TYPE_PATTERN,
  type ConfigurationItemStatus,
  type Relationship,
  type ResourceType,
} from '../configuration-item';
import { isRecord, type JsonRecord } from '../read-field';
import { InvalidConfigurationItemError } from './invalid-configuration-item-error';

/**
 * Field readers shared by the notification and API normalisers. Each returns the field in the
 * notification (1.3) shape or throws InvalidConfigurationItemError naming it. They copy nothing
 * they do not change: the scanner normalises millions of items, so `configuration` and unchanged
 * maps are passed through by reference.
 */

function invalid(field: string, value: unknown, reason: string): never {
  throw new InvalidConfigurationItemError(field, value, reason);
}

const STATUSES: ReadonlySet<unknown> = new Set(CONFIGURATION_ITEM_STATUSES);

export function requiredString(value: unknown, field: string): string {
  if (value === undefined || value === null) return invalid(field, value, 'is missing');
  if (typeof value !== 'string') return invalid(field, value, 'is not a string');
  if (value === '') return invalid(field, value, 'is empty');
  return value;
}

/** Config writes `null` for absent optional fields in notifications and omits them in the API: both mean absent. */
export function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return invalid(field, value, 'is not a string');
  return value;
}

/**
 * Types already validated. An account has a few dozen, so the pattern runs once per type rather than
 * once per item; the set stops growing at its bound (still correct beyond it, just unmemoised).
 */
const KNOWN_RESOURCE_TYPES = new Set<string>();
const MAX_KNOWN_RESOURCE_TYPES = 1024;

export function resourceTypeOf(value: unknown): ResourceType {
  if (typeof value === 'string' && KNOWN_RESOURCE_TYPES.has(value)) return value as ResourceType;
  const type = requiredString(value, 'resourceType');
  if (!RESOURCE_TYPE_PATTERN.test(type)) return invalid('resourceType', value, 'is not a resource type like AWS::EC2::SecurityGroup');
  if (KNOWN_RESOURCE_TYPES.size < MAX_KNOWN_RESOURCE_TYPES) KNOWN_RESOURCE_TYPES.add(type);
  return type as ResourceType;
}

export function statusOf(value: unknown): ConfigurationItemStatus {
  if (value === undefined || value === null) return invalid('configurationItemStatus', value, 'is missing');
  if (!STATUSES.has(value)) {
    return invalid('configurationItemStatus', value, `is not one of ${CONFIGURATION_ITEM_STATUSES.join(', ')}`);
  }
  return value as ConfigurationItemStatus;
}

/** Notifications carry `configurationStateId` as a number, the API as a string; the model keeps the string. */
export function stateIdOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return value;
  return invalid('configurationStateId', value, 'is not a string or number');
}

/**
 * A timestamp as an ISO-8601 string with milliseconds, whatever the source wrote: an ISO string
 * (notifications, files), a Date (SDK v3) or epoch seconds (the API's JSON wire form, CLI `--output json`
 * of older tools). One canonical form makes the same item from every source compare equal.
 */
export function isoTimeOf(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  let ms: number;
  if (typeof value === 'string') {
    // Files and notifications already hold `toISOString()` text; rebuilding it through Date cost the
    // scanner about 2 µs per timestamp (several per item).
    if (isCanonicalIsoTime(value)) return value;
    ms = Date.parse(value);
  }
  else if (value instanceof Date) ms = value.getTime();
  else if (typeof value === 'number') ms = Number.isFinite(value) ? Math.round(value * 1000) : Number.NaN;
  else return invalid(field, value, 'is not a timestamp');
  if (Number.isNaN(ms)) return invalid(field, value, 'is not a valid timestamp');
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? invalid(field, value, 'is out of range') : date.toISOString();
}

/** `YYYY-MM-DDTHH:MM:SS.mmmZ`, position by position: `d` a digit, anything else itself. */
const CANONICAL_ISO_SHAPE = 'dddd-dd-ddTdd:dd:dd.dddZ';

/** The shape check by character codes: a regular expression here cost more than the rest of isoTimeOf. */
function hasCanonicalIsoShape(text: string): boolean {
  for (let i = 0; i < 24; i++) {
    const code = text.charCodeAt(i);
    const expected = CANONICAL_ISO_SHAPE.charCodeAt(i);
    if (expected === 0x64 /* d */ ? code < 0x30 || code > 0x39 : code !== expected) return false;
  }
  return true;
}

function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + (text.charCodeAt(at + 1) - 48);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True when `text` is exactly what `toISOString()` returns for its own instant, so the Date round trip
 * would give it back unchanged. The shape alone is not enough: Date.parse rolls "02-30" over to March
 * and "T24:00" to the next day, and rejects seconds of 60, so those take the Date path.
 */
function isCanonicalIsoTime(text: string): boolean {
  if (text.length !== 24 || !hasCanonicalIsoShape(text)) return false;
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    twoDigits(text, 11) <= 23 &&
    twoDigits(text, 14) <= 59 &&
    twoDigits(text, 17) <= 59
  );
}

export function requiredIsoTimeOf(value: unknown, field: string): string {
  return isoTimeOf(value, field) ?? invalid(field, value, 'is missing');
}

export function tagsOf(value: unknown): Readonly<Record<string, string>> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) return invalid('tags', value, 'is not a map of tag keys to values');
  // Object.keys, not Object.entries: no [key, value] pair allocated per tag of every item.
  for (const key of Object.keys(value)) {
    const tag = value[key];
    if (typeof tag !== 'string') return invalid(`tags.${key}`, tag, 'is not a string');
  }
  return value as Readonly<Record<string, string>>;
}

export function relatedEventsOf(value: unknown): readonly string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return invalid('relatedEvents', value, 'is not a list');
  value.forEach((event: unknown, i) => {
    if (typeof event !== 'string') invalid(`relatedEvents[${i}]`, event, 'is not a string');
  });
  return value as readonly string[];
}

/** Relationships, renaming the API's `relationshipName` to the notification's `name`. */
export function relationshipsOf(value: unknown, nameKey: 'name' | 'relationshipName'): readonly Relationship[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return invalid('relationships', value, 'is not a list');
  return value.map((entry: unknown, i): Relationship => {
    const field = `relationships[${i}]`;
    if (!isRecord(entry)) return invalid(field, entry, 'is not an object');
    const relationship: { resourceId?: string; resourceName?: string; resourceType: string; name: string } = {
      resourceType: requiredString(entry['resourceType'], `${field}.resourceType`),
      name: requiredString(entry[nameKey], `${field}.${nameKey}`),
    };
    const resourceId = optionalString(entry['resourceId'], `${field}.resourceId`);
    if (resourceId !== undefined) relationship.resourceId = resourceId;
    const resourceName = optionalString(entry['resourceName'], `${field}.resourceName`);
    if (resourceName !== undefined) relationship.resourceName = resourceName;
    return relationship;
  });
}

function parseJson(text: string, field: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return invalid(field, text, 'is a string that is not valid JSON');
  }
}

/**
 * `configuration`: parsed JSON, or null for deleted / not-recorded resources. A JSON string (the API
 * form, and some notifications) is parsed; anything but an object, a list or null is invalid.
 */
export function configurationOfRaw(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  const parsed = typeof value === 'string' ? parseJson(value, 'configuration') : value;
  if (parsed !== null && typeof parsed !== 'object') return invalid('configuration', value, 'is not an object');
  return parsed;
}

/**
 * `supplementaryConfiguration`. The API stores every value as a JSON string, so each is parsed (one
 * that is not valid JSON stays a string). Notifications and files mix objects with JSON strings for
 * some keys (S3's AccessControlList): there only strings that hold an object or a list are parsed,
 * so a plain string value is never turned into a number or boolean.
 */
export function supplementaryOf(value: unknown, source: 'api' | 'notification'): JsonRecord | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) return invalid('supplementaryConfiguration', value, 'is not an object');
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const entry = value[key];
    if (typeof entry !== 'string') continue;
    if (source === 'notification' && !looksLikeJsonContainer(entry)) continue;
    const parsed = tryParse(entry);
    if (parsed === entry) continue;
    out ??= { ...value };
    out[key] = parsed;
  }
  return out ?? value;
}

/**
 * Whether the first character after JSON whitespace opens an object or list. Other leading
 * whitespace (which trimStart would also skip) makes no difference: JSON.parse rejects it, so such a
 * string stays as it is either way. No trimmed copy of each value is made.
 */
function looksLikeJsonContainer(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7b || code === 0x5b) return true; // { [
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return false;
  }
  return false;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
