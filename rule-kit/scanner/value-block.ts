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
 * the reader never turns a chunk into a string, and each value is decoded just before it is parsed.
 * `numbers` is, for items, the item list they belong to (`listNumber`: elements are numbered as they
 * are applied); for documents, the top-level value's number; for lines, the 1-based line. `offset` is where `bytes` starts in the (decompressed) file.
 */
export interface ValueBlock {
  readonly bytes: Buffer;
  readonly offset: number;
  readonly count: number;
  readonly starts: Int32Array<ArrayBuffer>;
  readonly ends: Int32Array<ArrayBuffer>;
  readonly kinds: Uint8Array<ArrayBuffer>;
  readonly numbers: Int32Array<ArrayBuffer>;
}

/** Where an item list sits: the top-level value that holds it, and its depth (1 for a top-level array, 2 inside an object). */
export interface ItemList {
  readonly document: number;
  readonly depth: 1 | 2;
}

export function listNumber(list: ItemList): number {
  return list.document * 2 + list.depth - 1;
}

export function valueText(block: ValueBlock, at: number): string {
  return block.bytes.toString('utf8', block.starts[at], block.ends[at]);
}

/** The position of a document or line; items are numbered by `ItemNumbering`. */
export function documentPosition(block: ValueBlock, at: number): ItemPosition {
  const number = block.numbers[at] ?? 0;
  return block.kinds[at] === VALUE_LINE ? { line: number } : { document: number };
}

/** Numbers the elements of item lists as they are applied, restarting at 0 with each list of each input. */
export class ItemNumbering {
  private file = -1;
  private list = -1;
  private next = 0;

  /** The index of the next element of list `list` (a `listNumber`) of file `file`, counting it. */
  take(file: number, list: number): number {
    if (list !== this.list || file !== this.file) {
      this.file = file;
      this.list = list;
      this.next = 0;
    }
    const index = this.next;
    this.next += 1;
    return index;
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

  /** The values so far over `bytes` (which must not change afterwards), which start at `offset` in the file. */
  take(bytes: Buffer, offset: number): ValueBlock {
    const count = this.count;
    this.count = 0;
    return {
      bytes,
      offset,
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
