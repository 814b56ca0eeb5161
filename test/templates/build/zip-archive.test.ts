import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { readZip, writeZip, ZipEntryError } from '../../../templates/build';

const text = (value: string): Uint8Array => Buffer.from(value, 'utf8');
const hasPython = spawnSync('python3', ['--version']).status === 0;

/** What an independent reader (Python's zipfile) sees: name, date_time, Unix mode, creator OS, method, content. */
function listWithPython(zip: Buffer): unknown {
  const path = join(mkdtempSync(join(tmpdir(), 'zip-archive-')), 'test.zip');
  writeFileSync(path, zip);
  const script = [
    'import json, sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1])',
    'assert z.testzip() is None',
    'print(json.dumps([[i.filename, list(i.date_time), i.external_attr >> 16, i.create_system, i.compress_type, len(i.extra), z.read(i).decode()] for i in z.infolist()]))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' })) as unknown;
}

describe('writeZip', () => {
  it('round-trips entries, sorted by name', () => {
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

  it('rejects duplicate, unsafe and bare-number names (fflate orders integer keys first)', () => {
    expect(() => writeZip([{ name: 'x', data: text('1') }, { name: 'x', data: text('2') }])).toThrow(ZipEntryError);
    for (const name of ['', '/abs', '../up', 'a//b', 'a\\b', './a', '0', '12']) {
      expect(() => writeZip([{ name, data: text('1') }])).toThrow(ZipEntryError);
    }
  });

  (hasPython ? it : it.skip)('fixes the time (1980-01-01 00:00), the mode (0644), the creator (Unix) and the method (deflate), as Python zipfile reads them', () => {
    const zip = writeZip([{ name: 'lib/ü.txt', data: text('x') }, { name: 'index.js', data: text('exports.handler = 1;\n') }]);
    expect(listWithPython(zip)).toEqual([
      ['index.js', [1980, 1, 1, 0, 0, 0], 0o100644, 3, 8, 0, 'exports.handler = 1;\n'],
      ['lib/ü.txt', [1980, 1, 1, 0, 0, 0], 0o100644, 3, 8, 0, 'x'],
    ]);
  });
});

describe('readZip', () => {
  it('rejects something that is not a zip', () => {
    expect(() => readZip(Buffer.from('not a zip at all, just some text that is long enough'))).toThrow();
  });
});
