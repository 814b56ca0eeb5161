import { readFileSync } from 'node:fs';
import type { ConfigurationItem } from '../../../rule-kit';

/**
 * Reads the one item of a snapshot-wrapper fixture of collected account items. Collected items are
 * already in notification shape (parsed configuration), so no normalising is needed.
 * TODO(test kit): switch to `loadItem` from rule-kit/testing once it lands.
 */
export function loadAccountItem(path: string): ConfigurationItem {
  const file = JSON.parse(readFileSync(path, 'utf8')) as { configurationItems?: unknown };
  const items = file.configurationItems;
  if (!Array.isArray(items) || items.length !== 1) throw new Error(`${path}: expected exactly one configuration item`);
  return items[0] as ConfigurationItem;
}

/** An OK AWS::::Account item as the account-summary collector yields it, with the given configuration. */
export function accountItemWithConfiguration(configuration: unknown): ConfigurationItem {
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-11-20T06:00:13.512Z',
    configurationItemStatus: 'OK',
    awsAccountId: '123456789012',
    awsRegion: 'us-east-1',
    ARN: 'arn:aws:iam::123456789012:root',
    resourceType: 'AWS::::Account',
    resourceId: '123456789012',
    tags: {},
    relatedEvents: [],
    relationships: [],
    configuration,
    supplementaryConfiguration: {},
  };
}
