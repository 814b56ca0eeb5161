import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixtureFileError, loadItem, loadItems, toApiItem } from '../../../rule-kit/testing';

const fixture = (name: string): string => join(__dirname, 'fixtures', name);
const scratch = mkdtempSync(join(tmpdir(), 'rule-kit-testing-'));
function scratchFile(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe('loadItems / loadItem', () => {
  const items = loadItems(fixture('config-snapshot.json'));
  const sg = items[0];
  const bucket = items[1];
  if (sg === undefined || bucket === undefined) throw new Error('the snapshot fixture holds two items');

  it('reads a snapshot-file wrapper', () => {
    expect(sg.resourceId).toBe('sg-0f3c9a1e5b7d2c4a6');
    expect(bucket.resourceType).toBe('AWS::S3::Bucket');
  });

  it('reads a change-notification wrapper to the same item', () => {
    expect(loadItem(fixture('security-group.notification.json'))).toEqual(sg);
  });

  it('reads an API-shape file to the same items', () => {
    expect(loadItems(fixture('config-history.api.json'))).toEqual([sg, bucket]);
  });

  it('reads a bare array and a single item', () => {
    const array = scratchFile('array.json', JSON.stringify([bucket, sg]));
    expect(loadItems(array)).toEqual([bucket, sg]);
    const single = scratchFile('single.json', JSON.stringify(toApiItem(bucket)));
    expect(loadItem(single)).toEqual(bucket);
  });

  it('refuses loadItem on a file with several items, saying how many', () => {
    expect(() => loadItem(fixture('config-snapshot.json'))).toThrow(FixtureFileError);
    expect(() => loadItem(fixture('config-snapshot.json'))).toThrow(/holds 2 configuration items/);
  });

  it('refuses loadItem on an empty file list', () => {
    const empty = scratchFile('empty.json', '{"fileVersion":"1.0","configSnapshotId":"x","configurationItems":[]}');
    expect(() => loadItem(empty)).toThrow(/holds 0 configuration items/);
  });

  it('names the file for missing files, bad JSON and invalid items', () => {
    const missing = join(scratch, 'nope.json');
    expect(() => loadItems(missing)).toThrow(/nope\.json: cannot be read/);
    const bad = scratchFile('bad.json', '{"configurationItems": [');
    expect(() => loadItems(bad)).toThrow(/bad\.json: is not valid JSON/);
    const invalid = scratchFile('invalid.json', JSON.stringify([{ ...sg, configurationItemStatus: 'Gone' }]));
    expect(() => loadItems(invalid)).toThrow(/invalid\.json: .*configurationItemStatus/);
  });
});
