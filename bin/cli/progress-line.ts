import type { Writable } from 'node:stream';

const EVERY_MS = 250;

/**
 * A single self-overwriting status line on stderr for long scans, only when stderr is a terminal (logs
 * and CI output stay clean), and only after the scan has run for a moment.
 */
export class ProgressLine {
  private readonly started = Date.now();
  private last = 0;
  private shown = false;

  constructor(private readonly stream: Writable & { readonly isTTY?: boolean }) {}

  /** `text` is only built when the line is due: a scan reports progress after every chunk. */
  update(text: () => string): void {
    if (this.stream.isTTY !== true) return;
    const now = Date.now();
    if (now - this.started < 1000 || now - this.last < EVERY_MS) return;
    this.last = now;
    this.shown = true;
    this.stream.write(`\r\u001b[2K${text()}`);
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\u001b[2K');
    this.shown = false;
  }
}
