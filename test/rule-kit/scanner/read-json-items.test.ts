import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileInput } from '../../../rule-kit/scanner';
import { readJsonItems } from '../../../rule-kit/scanner/read-json-items';
import type { ValueBlock } from '../../../rule-kit/scanner/value-block';
import { valuesOf } from './cut-values';
import { item, snapshot } from './test-rules';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'read-json-items-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(path: string): Promise<unknown[]> {
  const blocks: ValueBlock[] = [];
  for await (const block of readJsonItems(fileInput(path))) blocks.push(block);
  return valuesOf(blocks).map((value) => JSON.parse(value.text) as unknown);
}

describe('readJsonItems', () => {
  // Several MiB, so plain reads (blocks of 256 KiB) and gunzip output (1 MiB chunks) both cut items,
  // strings, escapes and 2-, 3- and 4-byte characters at many places.
  const items = Array.from({ length: 4000 }, (_, i) =>
    item({ resourceId: `thing-${i}`, configuration: { open: false, note: `${'é€😀"\\'.repeat(i % 97)}${'x'.repeat((i * 31) % 1013)}` } }),
  );
  const text = snapshot(items);

  it.each([
    ['uncompressed', (path: string) => writeFileSync(path, text)],
    ['gzip', (path: string) => writeFileSync(path, gzipSync(text))],
  ])('returns every item of a large %s file intact', async (_kind, write) => {
    const path = join(dir, `${_kind}.json`);
    write(path);
    expect(text.length).toBeGreaterThan(3 << 20);
    expect(await readAll(path)).toEqual(items);
  }, 30_000);
});
