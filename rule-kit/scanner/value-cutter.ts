import { ValueList, type ValueBlock, type ValueSplitter } from './value-block';

/**
 * A block's bytes: items are about a kilobyte, so a block holds a few hundred of them. Buffers live
 * outside V8's heap, so their size costs no garbage collection.
 */
export const BLOCK_BYTES = 256 << 10;
/** Reads are never smaller than this: the buffer grows (a value larger than a block) or is renewed. */
const MIN_READ_BYTES = 64 << 10;

function hasBom(bytes: Buffer): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Turns the bytes of one file, read into its buffer (`space`, `commit`) or handed over in chunks
 * (`push`), into blocks of whole values. A value cut by a read is moved to the next buffer, which
 * grows when one value is larger than a block; a block is never written again once handed out.
 */
export class ValueCutter {
  private buffer: Buffer;
  private filled = 0;
  private scanned = 0;
  private bomChecked = false;
  /** Bytes of the file before the buffer. */
  private dropped = 0;
  private readonly found = new ValueList();
  /** A syntax error found after some values: thrown once they are handed out. */
  private failure: unknown;
  private ended = false;

  constructor(private readonly splitter: ValueSplitter) {
    this.buffer = Buffer.allocUnsafeSlow(BLOCK_BYTES);
  }

  /** Where the next read goes. */
  space(): { readonly buffer: Buffer; readonly offset: number; readonly length: number } {
    return { buffer: this.buffer, offset: this.filled, length: this.buffer.length - this.filled };
  }

  /** `bytes` more were read into `space()`; returns the values they completed, if any. */
  commit(bytes: number): ValueBlock | undefined {
    this.throwIfFailed();
    this.filled += bytes;
    if (!this.bomChecked) {
      if (this.filled < 3) return undefined;
      this.skipBom();
    }
    try {
      this.splitter.scan(this.buffer, this.scanned, this.filled, this.found);
    } catch (error) {
      return this.fail(error);
    }
    this.scanned = this.filled;
    if (this.found.count > 0) return this.handOver();
    if (this.buffer.length - this.filled < MIN_READ_BYTES) this.renew();
    return undefined;
  }

  /** Copies a chunk in; returns the blocks it completed. */
  push(chunk: Uint8Array): ValueBlock[] {
    const blocks: ValueBlock[] = [];
    for (let at = 0; at < chunk.length; ) {
      const { buffer, offset, length } = this.space();
      const take = Math.min(length, chunk.length - at);
      buffer.set(chunk.subarray(at, at + take), offset);
      at += take;
      const block = this.commit(take);
      if (block !== undefined) blocks.push(block);
    }
    return blocks;
  }

  /**
   * After the last bytes: the values the end completes. Call until it returns undefined: it throws
   * if the input is truncated or not JSON, after handing out the values before the fault.
   */
  end(): ValueBlock | undefined {
    this.throwIfFailed();
    if (this.ended) return undefined;
    this.ended = true;
    try {
      if (!this.bomChecked) {
        this.skipBom();
        this.splitter.scan(this.buffer, this.scanned, this.filled, this.found);
        this.scanned = this.filled;
      }
      this.splitter.end(this.buffer, this.filled, this.found);
    } catch (error) {
      return this.fail(error);
    }
    return this.found.count > 0 ? this.handOver() : undefined;
  }

  /**
   * A fault in the bytes: the values found before it come out first (their own errors come first, as
   * they are earlier in the file); the fault is thrown by the next call.
   */
  private fail(error: unknown): ValueBlock {
    if (this.found.count === 0) throw error;
    this.failure = error;
    return this.found.take(this.buffer, this.dropped);
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  private skipBom(): void {
    this.bomChecked = true;
    if (this.filled >= 3 && hasBom(this.buffer)) this.scanned = 3;
  }

  /** Hands the current buffer out with its values; what is still open moves to a new buffer. */
  private handOver(): ValueBlock {
    const block = this.found.take(this.buffer, this.dropped);
    this.renew();
    return block;
  }

  /**
   * Moves the bytes still needed to the start of a new buffer, large enough for a full read after them.
   * The old buffer is the handed-out block's, or garbage.
   */
  private renew(): void {
    const keep = this.splitter.keepFrom(this.filled);
    const kept = this.filled - keep;
    let size = BLOCK_BYTES;
    while (size - kept < MIN_READ_BYTES) size *= 2;
    const next = Buffer.allocUnsafeSlow(size);
    this.buffer.copy(next, 0, keep, this.filled);
    this.splitter.rebase(this.buffer, keep);
    this.dropped += keep;
    this.buffer = next;
    this.filled = kept;
    this.scanned = kept;
  }
}
