import { valuePosition, valueText, type ValueSplitter } from '../../../rule-kit/scanner';
import type { ItemPosition } from '../../../rule-kit/scanner';
import { ValueCutter } from '../../../rule-kit/scanner/value-cutter';

export interface CutValue {
  readonly position: ItemPosition;
  readonly text: string;
}

/** Feeds `chunks` to a cutter around `splitter` and returns every value, decoded, with its position. */
export function cutValues(splitter: ValueSplitter, chunks: readonly Uint8Array[]): CutValue[] {
  const cutter = new ValueCutter(splitter);
  const out: CutValue[] = [];
  const blocks = chunks.flatMap((chunk) => cutter.push(chunk));
  const last = cutter.end();
  if (last !== undefined) blocks.push(last);
  for (const block of blocks) {
    for (let at = 0; at < block.count; at += 1) out.push({ position: valuePosition(block, at), text: valueText(block, at) });
  }
  return out;
}

/** Every way of cutting `text`'s bytes into two chunks, plus one chunk per byte (multi-byte characters cut too). */
export function everySplit(text: string): Buffer[][] {
  const bytes = Buffer.from(text);
  const ways: Buffer[][] = [[bytes], [...bytes].map((byte) => Buffer.from([byte]))];
  for (let cut = 1; cut < bytes.length; cut += 1) ways.push([bytes.subarray(0, cut), bytes.subarray(cut)]);
  return ways;
}
