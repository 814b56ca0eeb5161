import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import fc from 'fast-check';
import { crc32, readZip, writeZip, ZipEntryError, ZipFormatError } from '../../../templates/build';

const text = (value: string): Uint8Array => Buffer.from(value, 'utf8');
const hasPython = spawnSync('python3', ['--version']).status === 0;

describe('crc32', () => {
  it('gives the CRC-32 check value for "123456789"', () => {
    // The published check value of CRC-32/ISO-HDLC, the variant zip uses.
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
  });

  it('agrees with zlib for arbitrary data', () => {
    const zlibCrc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
    if (zlibCrc === undefined) return; // node:zlib gained crc32 in Node 20.15 / 22.2
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (data) => crc32(data) === zlibCrc(data)), { numRuns: 100 });
  });
});

describe('writeZip', () => {
  it('round-trips entries, sorted by name, with fixed timestamps and modes', () => {
    const zip = writeZip([
      { name: 'b/two.txt', data: text('second') },
      { name: 'a.js', data: text('module.exports = 1;'.repeat(50)) },
      { name: 'empty', data: new Uint8Array() },
    ]);
    const entries = readZip(zip);
    expect(entries.map((entry) => entry.name)).toEqual(['a.js', 'b/two.txt', 'empty']);
    expect(Buffer.from(entries[0]?.data ?? []).toString()).toBe('module.exports = 1;'.repeat(50));
    expect(Buffer.from(entries[1]?.data ?? []).toString()).toBe('second');
    expect(entries[2]?.data.length).toBe(0);
    for (const entry of entries) {
      expect(entry.unixMode).toBe(0o100644);
      expect(entry.dosTime).toBe(0);
      expect(entry.dosDate).toBe((0 << 9) | (1 << 5) | 1); // 1980-01-01
      expect(entry.method).toBe(8);
    }
  });

  it('gives the same bytes whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ name: fc.stringMatching(/^[a-z]{1,8}(\/[a-z]{1,8})?$/), data: fc.uint8Array({ maxLength: 300 }) }), {
          selector: (entry) => entry.name,
          maxLength: 6,
        }),
        (entries) => {
          const forward = writeZip(entries);
          const backward = writeZip([...entries].reverse());
          return forward.equals(backward) && readZip(forward).length === entries.length;
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects duplicate and unsafe names', () => {
    expect(() => writeZip([{ name: 'x', data: text('1') }, { name: 'x', data: text('2') }])).toThrow(ZipEntryError);
    for (const name of ['', '/abs', '../up', 'a//b', 'a\\b', './a']) {
      expect(() => writeZip([{ name, data: text('1') }])).toThrow(ZipEntryError);
    }
  });

  (hasPython ? it : it.skip)('is read by an independent implementation (Python zipfile) with the same metadata', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-writer-'));
    const path = join(dir, 'test.zip');
    writeFileSync(path, writeZip([{ name: 'index.js', data: text('exports.handler = 1;\n') }, { name: 'lib/ü.txt', data: text('x') }]));
    const script = [
      'import json, sys, zipfile',
      'z = zipfile.ZipFile(sys.argv[1])',
      'assert z.testzip() is None',
      'print(json.dumps([[i.filename, list(i.date_time), i.external_attr >> 16, z.read(i).decode()] for i in z.infolist()]))',
    ].join('\n');
    const listed = JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' })) as unknown;
    expect(listed).toEqual([
      ['index.js', [1980, 1, 1, 0, 0, 0], 0o100644, 'exports.handler = 1;\n'],
      ['lib/ü.txt', [1980, 1, 1, 0, 0, 0], 0o100644, 'x'],
    ]);
  });
});

describe('readZip', () => {
  it('detects a corrupted entry', () => {
    const zip = writeZip([{ name: 'index.js', data: text('exports.handler = async () => "ok";'.repeat(20)) }]);
    const corrupted = Buffer.from(zip);
    const dataStart = 30 + 'index.js'.length;
    corrupted[dataStart + 5] = (corrupted[dataStart + 5] ?? 0) ^ 0xff;
    expect(() => readZip(corrupted)).toThrow(Error);
  });

  it('rejects something that is not a zip', () => {
    expect(() => readZip(Buffer.from('not a zip at all, just some text that is long enough'))).toThrow(ZipFormatError);
  });
});
