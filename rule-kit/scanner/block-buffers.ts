/**
 * Reuses the buffers blocks are read into. A block lives until its answers are applied, long enough for
 * V8 to move its Buffer object to the old generation, where the 256 KiB it holds outside the heap waits
 * for a full collection: fresh buffers let tens of megabytes of dead blocks pile up before one. A buffer
 * comes back once the scan has applied its block (nothing keeps a view of it: waiting items copy their
 * bytes, and the worker thread gets a copy).
 */
export class BlockBuffers {
  private readonly free: Buffer[] = [];

  constructor(
    readonly size: number,
    private readonly keep = 32,
  ) {}

  /** A buffer of at least `size` bytes; only buffers of the standard size are pooled. */
  take(size = this.size): Buffer {
    if (size <= this.size) return this.free.pop() ?? Buffer.allocUnsafeSlow(this.size);
    return Buffer.allocUnsafeSlow(size);
  }

  give(buffer: Buffer): void {
    if (buffer.length === this.size && this.free.length < this.keep) this.free.push(buffer);
  }
}
