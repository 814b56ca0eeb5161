import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSource, type ScanInput } from '../../../../rule-kit/scanner';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'file-source-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function inputsOf(paths: readonly string[]): Promise<ScanInput[]> {
  const inputs: ScanInput[] = [];
  for await (const input of fileSource(paths).inputs()) inputs.push(input);
  return inputs;
}

async function text(input: ScanInput): Promise<string> {
  if (input.kind !== 'bytes') throw new Error(`not a byte input: ${input.kind}`);
  const chunks: Buffer[] = [];
  for await (const chunk of await input.open()) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

describe('fileSource', () => {
  it('yields a file as is, and a folder\'s Config files recursively in name order, with sizes and JSON Lines marked', async () => {
    const tree = join(dir, 'AWSLogs', '111122223333', 'Config');
    mkdirSync(join(tree, 'b'), { recursive: true });
    mkdirSync(join(tree, 'a'), { recursive: true });
    writeFileSync(join(tree, 'b', 'snap.json.gz'), 'gz');
    writeFileSync(join(tree, 'a', 'items.jsonl'), '{}\n');
    writeFileSync(join(tree, 'a', 'notes.txt'), 'ignored');
    writeFileSync(join(tree, 'ConfigWritabilityCheckFile'), '');
    const single = join(dir, 'named-anything.data');
    writeFileSync(single, '{"x":1}');
    const inputs = await inputsOf([single, join(dir, 'AWSLogs')]);
    expect(inputs.map((input) => [input.kind, input.name, input.kind === 'bytes' ? [input.size, input.jsonLines] : undefined])).toEqual([
      ['bytes', single, [7, false]],
      ['bytes', join(tree, 'ConfigWritabilityCheckFile'), [0, false]],
      ['bytes', join(tree, 'a', 'items.jsonl'), [3, true]],
      ['bytes', join(tree, 'b', 'snap.json.gz'), [2, false]],
    ]);
    expect(await text(inputs[0] as ScanInput)).toBe('{"x":1}');
    // Opened again from the start: a second read of the same input.
    expect(await text(inputs[0] as ScanInput)).toBe('{"x":1}');
  });

  it('yields a failure for a missing path and for a folder without Config files, and goes on', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const good = join(dir, 'good.json');
    writeFileSync(good, '[]');
    const inputs = await inputsOf([join(dir, 'missing.json'), empty, good]);
    expect(inputs).toEqual([
      { kind: 'failure', name: join(dir, 'missing.json'), code: 'ENOENT', message: expect.stringContaining('no such file or directory') as unknown },
      { kind: 'failure', name: empty, code: 'NoInputFiles', message: 'the folder holds no .json, .json.gz or .jsonl file' },
      expect.objectContaining({ kind: 'bytes', name: good }),
    ]);
  });
});
