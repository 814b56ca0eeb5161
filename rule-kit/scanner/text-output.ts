import { once } from 'node:events';
import { writeSync } from 'node:fs';
import type { Writable } from 'node:stream';

/** Where a formatter writes. `write` may be awaited for back-pressure. */
export interface TextOutput {
  write(text: string): Promise<void> | void;
  /** UTF-8 text already encoded (copied from the spools); `bytes` may be reused once this returns. */
  writeBytes(bytes: Uint8Array): Promise<void> | void;
}

const BATCH = 1 << 16;

/** Small writes gathered into one: `add` says when a batch is full, `take` empties it. */
class TextBatch {
  private readonly parts: string[] = [];
  private size = 0;

  add(text: string): boolean {
    this.parts.push(text);
    this.size += text.length;
    return this.size >= BATCH;
  }

  /** The gathered text, or undefined when there is none. */
  take(): string | undefined {
    if (this.parts.length === 0) return undefined;
    const text = this.parts.join('');
    this.parts.length = 0;
    this.size = 0;
    return text;
  }
}

/**
 * Gathers small writes into larger ones and waits for `drain` when the stream is full, so a report of
 * a million evaluations neither floods memory nor makes a million stream writes.
 */
export class StreamTextOutput implements TextOutput {
  private readonly batch = new TextBatch();

  constructor(private readonly stream: Writable) {}

  async write(text: string): Promise<void> {
    if (this.batch.add(text)) await this.flush();
  }

  async writeBytes(bytes: Uint8Array): Promise<void> {
    await this.flush();
    // A stream may hold on to what it is given: a copy, as the caller reuses its buffer.
    if (!this.stream.write(Buffer.from(bytes))) await once(this.stream, 'drain');
  }

  async flush(): Promise<void> {
    const chunk = this.batch.take();
    if (chunk !== undefined && !this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}

/**
 * Writes to a file descriptor synchronously, in the same batches: a report file is written at the end
 * of a scan, when nothing else waits for the event loop, and awaiting a stream's `drain` left the
 * thread idle for about half of the report's writing.
 */
export class FileTextOutput implements TextOutput {
  private readonly batch = new TextBatch();

  constructor(private readonly fd: number) {}

  write(text: string): void {
    if (this.batch.add(text)) this.flush();
  }

  writeBytes(bytes: Uint8Array): void {
    this.flush();
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at, bytes.length - at);
  }

  flush(): void {
    const chunk = this.batch.take();
    if (chunk !== undefined) writeSync(this.fd, chunk);
  }
}

/** Collects the text in memory: for tests and small reports. */
export class StringTextOutput implements TextOutput {
  private readonly parts: string[] = [];

  write(text: string): void {
    this.parts.push(text);
  }

  writeBytes(bytes: Uint8Array): void {
    this.parts.push(Buffer.from(bytes).toString('utf8'));
  }

  toString(): string {
    return this.parts.join('');
  }
}
