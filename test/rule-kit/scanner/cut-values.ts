import type { ItemPosition } from '../../../rule-kit/scanner';
import { documentPosition, ItemNumbering, VALUE_ITEM, valueText, type ValueBlock, type ValueSplitter } from '../../../rule-kit/scanner/value-block';
import { ValueCutter } from '../../../rule-kit/scanner/value-cutter';

export interface CutValue {
  readonly position: ItemPosition;
  readonly text: string;
}

/** The values of `blocks`, decoded, with their positions numbered as the scan numbers them. */
export function valuesOf(blocks: readonly ValueBlock[]): CutValue[] {
  const numbering = new ItemNumbering();
  const out: CutValue[] = [];
  for (const block of blocks) {
    for (let at = 0; at < block.count; at += 1) {
      const kind = block.kinds[at];
      const list = block.numbers[at] ?? 0;
      const position = kind === VALUE_ITEM ? { index: numbering.take(0, list) } : documentPosition(block, at);
      out.push({ position, text: valueText(block, at) });
    }
  }
  return out;
}

/** Feeds `chunks` to a cutter around `splitter` and returns every value (see `valuesOf`). */
export function cutValues(splitter: ValueSplitter, chunks: readonly Uint8Array[]): CutValue[] {
  const cutter = new ValueCutter(splitter);
  const blocks = chunks.flatMap((chunk) => cutter.push(chunk));
  const last = cutter.end();
  if (last !== undefined) blocks.push(last);
  return valuesOf(blocks);
}

/** Every way of cutting `text`'s bytes into two chunks, plus one chunk per byte (multi-byte characters cut too). */
export function everySplit(text: string): Buffer[][] {
  const bytes = Buffer.from(text);
  const ways: Buffer[][] = [[bytes], [...bytes].map((byte) => Buffer.from([byte]))];
  for (let cut = 1; cut < bytes.length; cut += 1) ways.push([bytes.subarray(0, cut), bytes.subarray(cut)]);
  return ways;
}
