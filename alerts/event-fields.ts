import { AlertEventError } from './alert-errors';

/** Readers for EventBridge events: each names the field that is missing or of the wrong type. */
export type JsonRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function recordAt(parent: JsonRecord, key: string, path: string): JsonRecord {
  const value = parent[key];
  if (!isRecord(value)) throw new AlertEventError(`${path}.${key}`, value, 'must be an object');
  return value;
}

export function stringAt(parent: JsonRecord, key: string, path: string): string {
  const value = parent[key];
  if (typeof value !== 'string' || value === '') throw new AlertEventError(`${path}.${key}`, value, 'must be a non-empty string');
  return value;
}

/** A string, or undefined when absent or null (EventBridge sends `"annotation": null`). */
export function optionalStringAt(parent: JsonRecord, key: string, path: string): string | undefined {
  const value = parent[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new AlertEventError(`${path}.${key}`, value, 'must be a string when present');
  return value === '' ? undefined : value;
}

export function timeAt(parent: JsonRecord, key: string, path: string): string {
  const value = stringAt(parent, key, path);
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new AlertEventError(`${path}.${key}`, value, 'must be an ISO-8601 time');
  return new Date(time).toISOString();
}
