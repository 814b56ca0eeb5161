import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * Lines are gathered into writes of about this many characters: large enough for few system calls,
 * small enough that buffered lines die young (a scan has one spool per rule and compliance).
 */
const FLUSH_AT = 1 << 16;
/** Below V8's large-object size, so decoded chunks die young (see read-json-items.ts). */
const READ_CHUNK = 1 << 16;

/**
 * An append-only temporary file of text lines, written in large synchronous batches (a scan produces
 * lines faster than small asynchronous writes can drain) and read back as a stream of lines.
 * Lines must not contain raw newlines (JSON.stringify output never does).
 */
export class SpoolFile {
  private fd: number | undefined;
  private readonly buffer: string[] = [];
  private buffered = 0;
  lines = 0;

  constructor(readonly path: string) {}

  append(line: string): void {
    this.buffer.push(line);
    this.buffered += line.length + 1;
    this.lines += 1;
    if (this.buffered >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    this.fd ??= openSync(this.path, 'a');
    writeSync(this.fd, this.buffer.join('\n') + '\n');
    this.buffer.length = 0;
    this.buffered = 0;
  }

  close(): void {
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** The lines written so far (call `close` or `flush` first). */
  async *readLines(): AsyncIterable<string> {
    if (this.lines === 0) return;
    const lines = createInterface({ input: createReadStream(this.path, { highWaterMark: READ_CHUNK }), crlfDelay: Infinity });
    for await (const line of lines) yield line;
  }
}
