import { isRecord, type JsonRecord } from '../read-field';
import { InvalidConfigurationItemError } from './invalid-configuration-item-error';

/** The raw item as a record, or the typed error; what it claims to be is attached to any later error. */
export function asItemRecord(raw: unknown): JsonRecord {
  if (!isRecord(raw)) throw new InvalidConfigurationItemError('item', raw, 'is not an object');
  return raw;
}

/** An error raised while normalising `raw`, with the resource the raw item names attached when it is ours. */
export function locatedAtRawItem(error: unknown, raw: JsonRecord): unknown {
  if (!(error instanceof InvalidConfigurationItemError)) return error;
  const type = raw['resourceType'];
  const id = raw['resourceId'];
  return error.locatedAt({
    ...(typeof type === 'string' ? { resourceType: type } : {}),
    ...(typeof id === 'string' ? { resourceId: id } : {}),
  });
}
