import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigurationItem } from '../../../rule-kit';
import { readConfigFile } from '../../../rule-kit/items';

/** The fixture's JSON document, as recorded. */
export function fixtureJson(name: string): unknown {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as unknown;
}

/** Every item in a fixture, normalised by the kit as the Lambda and the scanner see them. */
export function loadFixtureItems(name: string): ConfigurationItem[] {
  return readConfigFile(fixtureJson(name));
}

export function loadFixtureItem(name: string): ConfigurationItem {
  const [item, ...rest] = loadFixtureItems(name);
  if (item === undefined || rest.length > 0) throw new RangeError(`${name} does not hold exactly one item`);
  return item;
}

/**
 * The notification's item exactly as recorded, without the kit's normalisation: supplementary values
 * that Config stores as JSON strings stay strings, so the rule's own string handling is exercised.
 */
export function rawNotificationItem(name: string): ConfigurationItem {
  return (fixtureJson(name) as { configurationItem: ConfigurationItem }).configurationItem;
}
