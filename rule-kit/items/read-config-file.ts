import type { ConfigurationItem } from '../configuration-item';
import { isRecord, type JsonRecord } from '../read-field';
import { InvalidConfigurationItemError } from './invalid-configuration-item-error';
import { normaliseItem } from './normalise-item';

/**
 * Every configuration item in a parsed JSON document, normalised. Accepts:
 * - a snapshot or history file from S3, or a GetResourceConfigHistory response: `{"configurationItems": [...]}`;
 * - a BatchGetResourceConfig response: `{"baseConfigurationItems": [...]}`;
 * - a change-notification invokingEvent: `{"configurationItem": {...}, "messageType": ...}`;
 * - a Config rule Lambda event whose `invokingEvent` string holds such a notification;
 * - a JSON array of items, or a single item.
 * Keys starting with `_` (fixture annotations such as `_source`) play no part in recognising the shape.
 */
export function readConfigFile(json: unknown): ConfigurationItem[] {
  if (Array.isArray(json)) return readList(json);
  if (!isRecord(json)) {
    throw new InvalidConfigurationItemError('(document)', json, 'is not a JSON object or array of configuration items');
  }
  if ('configurationItems' in json) return readList(listField(json, 'configurationItems'));
  if ('baseConfigurationItems' in json) return readList(listField(json, 'baseConfigurationItems'));
  if ('configurationItem' in json) return [readNotificationItem(json)];
  if ('configurationItemSummary' in json) {
    throw new InvalidConfigurationItemError(
      'configurationItemSummary',
      json['messageType'],
      'is an oversized-item summary without configuration; fetch the item with GetResourceConfigHistory',
    );
  }
  if (typeof json['invokingEvent'] === 'string') return readConfigFile(parseInvokingEvent(json['invokingEvent']));
  if (json['messageType'] === 'ScheduledNotification') {
    throw new InvalidConfigurationItemError('messageType', json['messageType'], 'carries no configuration item');
  }
  return [normaliseItem(json)];
}

function listField(json: JsonRecord, key: string): readonly unknown[] {
  const list = json[key];
  if (!Array.isArray(list)) throw new InvalidConfigurationItemError(key, list, 'is not a list');
  return list;
}

function readList(list: readonly unknown[]): ConfigurationItem[] {
  return list.map((raw, index) => {
    try {
      return normaliseItem(raw);
    } catch (error) {
      if (error instanceof InvalidConfigurationItemError) throw error.locatedAt({ index });
      throw error;
    }
  });
}

function readNotificationItem(json: JsonRecord): ConfigurationItem {
  const item = json['configurationItem'];
  if (item === null || item === undefined) {
    throw new InvalidConfigurationItemError('configurationItem', item, 'is missing from the notification');
  }
  try {
    return normaliseItem(item);
  } catch (error) {
    if (!(error instanceof InvalidConfigurationItemError)) throw error;
    throw new InvalidConfigurationItemError(`configurationItem.${error.field}`, error.value, error.reason, error.location);
  }
}

function parseInvokingEvent(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InvalidConfigurationItemError('invokingEvent', text, 'is a string that is not valid JSON');
  }
}
