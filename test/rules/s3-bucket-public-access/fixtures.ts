import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigurationItem } from '../../../rule-kit';
import { loadItem, loadItems } from '../../../rule-kit/testing';

const fixturePath = (name: string): string => join(__dirname, 'fixtures', name);

/** Every item in a fixture, normalised by the kit as the Lambda and the scanner see them. */
export function loadFixtureItems(name: string): ConfigurationItem[] {
  return loadItems(fixturePath(name));
}

export function loadFixtureItem(name: string): ConfigurationItem {
  return loadItem(fixturePath(name));
}

/**
 * The notification's item exactly as recorded, without the kit's normalisation: supplementary values
 * that Config stores as JSON strings stay strings, so the rule's own string handling is exercised.
 */
export function rawNotificationItem(name: string): ConfigurationItem {
  const wrapper = JSON.parse(readFileSync(fixturePath(name), 'utf8')) as { configurationItem: ConfigurationItem };
  return wrapper.configurationItem;
}
