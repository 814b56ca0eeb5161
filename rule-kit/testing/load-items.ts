import { readFileSync } from 'node:fs';
import type { ConfigurationItem } from '../configuration-item';
import { InvalidConfigurationItemError, readConfigFile } from '../items';
import { FixtureFileError } from './fixture-file-error';

/**
 * Every configuration item in a JSON fixture: a snapshot/history file wrapper, a change-notification
 * invokingEvent wrapper, an API response, a JSON array, or a single item (see `readConfigFile`).
 * Invalid items keep their InvalidConfigurationItemError (with the file named in the message).
 *
 * @example
 * const [bucket, accountBlock] = loadItems(join(__dirname, 'fixtures', 'account-block.json'));
 */
export function loadItems(path: string): ConfigurationItem[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new FixtureFileError(path, 'cannot be read', error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    throw new FixtureFileError(path, `is not valid JSON (${error instanceof Error ? error.message : String(error)})`, error);
  }
  try {
    return readConfigFile(json);
  } catch (error) {
    if (error instanceof InvalidConfigurationItemError) throw new FixtureFileError(path, error.message, error);
    throw error;
  }
}

/**
 * The one configuration item in a fixture; a file with none or several is an error, not a silent pick.
 *
 * @example
 * const bucket = loadItem(join(__dirname, 'fixtures', 'bucket-private.json'));
 */
export function loadItem(path: string): ConfigurationItem {
  const items = loadItems(path);
  const [item] = items;
  if (items.length !== 1 || item === undefined) {
    throw new FixtureFileError(path, `holds ${items.length} configuration items; loadItem needs exactly one (use loadItems)`);
  }
  return item;
}
