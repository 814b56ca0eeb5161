import { once } from 'node:events';
import { writeSync } from 'node:fs';
import type { Writable } from 'node:stream';

/** Where a formatter writes. `write` may be awaited for back-pressure; `end` flushes. */
export interface TextOutput {
  write(text: string): Promise<void> | void;
}

const BATCH = 1 << 16;

/**
 * Gathers small writes into larger ones and waits for `drain` when the stream is full, so a report of
 * a million evaluations neither floods memory nor makes a million stream writes.
 */
export class StreamTextOutput implements TextOutput {
  private readonly parts: string[] = [];
  private size = 0;

  constructor(private readonly stream: Writable) {}

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts.length = 0;
    this.size = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}

/**
 * Writes to a file descriptor synchronously, in the same batches: a report file is written at the end
 * of a scan, when nothing else waits for the event loop, and awaiting a stream's `drain` left the
 * thread idle for about half of the report's writing.
 */
export class FileTextOutput implements TextOutput {
  private readonly parts: string[] = [];
  private size = 0;

  constructor(private readonly fd: number) {}

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= BATCH) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts.length = 0;
    this.size = 0;
    writeSync(this.fd, chunk);
  }
}

/** Collects the text in memory: for tests and small reports. */
export class StringTextOutput implements TextOutput {
  private readonly parts: string[] = [];

  write(text: string): void {
    this.parts.push(text);
  }

  toString(): string {
    return this.parts.join('');
  }
}
