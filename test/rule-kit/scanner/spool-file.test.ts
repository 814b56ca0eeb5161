import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpoolFile } from '../../../rule-kit/scanner/spool-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'spool-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('SpoolFile', () => {
  it('reads back every line as written, across 64 KiB read boundaries and multi-byte characters', () => {
    const spool = new SpoolFile(join(dir, 'lines.jsonl'));
    const lines: string[] = [];
    // Lengths that put line ends and 2-, 3- and 4-byte characters on every side of the read boundaries,
    // plus lines longer than a whole read.
    for (let i = 0; i < 3000; i += 1) {
      const filler = 'x'.repeat((i * 37) % 101);
      const line = i % 500 === 7 ? `${'é€😀'.repeat(30_000)}${i}` : `${i}\t${filler}é${i % 3 === 0 ? '€' : ''}${i % 5 === 0 ? '😀' : ''}`;
      lines.push(line);
      spool.append(line);
    }
    spool.close();
    expect([...spool.readLines()]).toEqual(lines);
    expect([...spool.readBatches()].flat()).toEqual(lines);
  });

  it('hands out whole lines as bytes, growing for a line longer than a read', () => {
    const spool = new SpoolFile(join(dir, 'bytes.jsonl'));
    const lines = Array.from({ length: 4000 }, (_, i) => (i === 1234 ? 'y'.repeat(3 << 20) : `${i}\t${'é€😀'.repeat(i % 200)}`));
    for (const line of lines) spool.append(line);
    spool.close();
    const chunks: string[] = [];
    for (const chunk of spool.readByteChunks()) {
      expect(chunk[chunk.length - 1]).toBe(0x0a);
      chunks.push(chunk.toString('utf8'));
    }
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(`${lines.join('\n')}\n`);
  });

  it('reads nothing when nothing was written', () => {
    const spool = new SpoolFile(join(dir, 'empty.jsonl'));
    spool.close();
    expect([...spool.readLines()]).toEqual([]);
  });
});
