import type { ItemPosition } from './item-position';

/** An element of an item list (`configurationItems`, `baseConfigurationItems` or a top-level array). */
export const VALUE_ITEM = 0;
/** A whole top-level value without an item list (a single item, a notification wrapper). */
export const VALUE_DOCUMENT = 1;
/** A line of a JSON Lines file: a document numbered by its line. */
export const VALUE_LINE = 2;
export type ValueKind = typeof VALUE_ITEM | typeof VALUE_DOCUMENT | typeof VALUE_LINE;

/**
 * JSON values cut out of a file and not yet parsed, as byte ranges of one buffer that holds them all:
 * the reader never turns a chunk into a string, so a block goes to the worker thread as bytes (one
 * copy, no decoding on the reading thread) and each value is decoded where it is parsed.
 * `numbers` is the value's index in its item list, its top-level document number, or its 1-based line.
 */
export interface ValueBlock {
  readonly bytes: Buffer;
  readonly count: number;
  readonly starts: Int32Array<ArrayBuffer>;
  readonly ends: Int32Array<ArrayBuffer>;
  readonly kinds: Uint8Array<ArrayBuffer>;
  readonly numbers: Int32Array<ArrayBuffer>;
}

export function valueText(block: ValueBlock, at: number): string {
  return block.bytes.toString('utf8', block.starts[at], block.ends[at]);
}

/** Whether the value is an element of an item list (else a document that may wrap an item). */
export function isItemValue(block: ValueBlock, at: number): boolean {
  return block.kinds[at] === VALUE_ITEM;
}

export function valuePosition(block: ValueBlock, at: number): ItemPosition {
  const number = block.numbers[at] ?? 0;
  switch (block.kinds[at]) {
    case VALUE_ITEM:
      return { index: number };
    case VALUE_LINE:
      return { line: number };
    default:
      return { document: number };
  }
}

/** Collects the values found in one buffer; `take` hands them over as a block and starts afresh. */
export class ValueList {
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  private kinds = new Uint8Array(256);
  private numbers = new Int32Array(256);
  count = 0;

  add(kind: ValueKind, number: number, start: number, end: number): void {
    if (this.count === this.starts.length) this.grow();
    const at = this.count;
    this.starts[at] = start;
    this.ends[at] = end;
    this.kinds[at] = kind;
    this.numbers[at] = number;
    this.count += 1;
  }

  /** The values so far over `bytes` (which must not change afterwards). */
  take(bytes: Buffer): ValueBlock {
    const count = this.count;
    this.count = 0;
    return {
      bytes,
      count,
      starts: this.starts.slice(0, count),
      ends: this.ends.slice(0, count),
      kinds: this.kinds.slice(0, count),
      numbers: this.numbers.slice(0, count),
    };
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    const numbers = new Int32Array(size);
    numbers.set(this.numbers);
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
    this.numbers = numbers;
  }
}

/**
 * What cuts values out of bytes: scans `bytes[from, to)` continuing from where the previous call
 * stopped and adds each completed value to `out`. The caller keeps `bytes[keepFrom(), to)` for the
 * next buffer (values still open) and calls `rebase` with how far they moved.
 */
export interface ValueSplitter {
  scan(bytes: Buffer, from: number, to: number, out: ValueList): void;
  /** The first byte still needed, `to` when none. */
  keepFrom(to: number): number;
  /** The bytes from `shift` on now start at 0. */
  rebase(bytes: Buffer, shift: number): void;
  /** After the last bytes: adds what the end completes, fails on a truncated value. */
  end(bytes: Buffer, to: number, out: ValueList): void;
}
