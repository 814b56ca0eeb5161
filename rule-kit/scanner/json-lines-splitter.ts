import { VALUE_LINE, type ValueList, type ValueSplitter } from './value-block';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

function isBlank(bytes: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const code = bytes[i];
    if (code !== 0x20 && code !== 0x09 && code !== CARRIAGE_RETURN) return false;
  }
  return true;
}

/**
 * Cuts JSON Lines bytes into lines. JSON escapes newlines inside strings, so a raw newline always ends
 * a record; `\r\n` endings and blank lines are accepted. Values are numbered by their 1-based line.
 */
export class JsonLinesSplitter implements ValueSplitter {
  /** Start of the line not yet ended, in the current buffer. */
  private lineStart = -1;
  private line = 0;

  scan(bytes: Buffer, from: number, to: number, out: ValueList): void {
    // The first scan starts after the byte-order mark, if any.
    if (this.lineStart === -1) this.lineStart = from;
    let search = from;
    for (;;) {
      const newline = bytes.indexOf(NEWLINE, search);
      if (newline === -1 || newline >= to) return;
      this.line += 1;
      this.emit(bytes, newline, out);
      this.lineStart = newline + 1;
      search = newline + 1;
    }
  }

  keepFrom(to: number): number {
    return this.lineStart === -1 ? to : this.lineStart;
  }

  rebase(_bytes: Buffer, shift: number): void {
    if (this.lineStart !== -1) this.lineStart -= shift;
  }

  end(bytes: Buffer, to: number, out: ValueList): void {
    if (this.lineStart === -1 || this.lineStart >= to) return;
    this.line += 1;
    this.emit(bytes, to, out);
    this.lineStart = to;
  }

  private emit(bytes: Buffer, end: number, out: ValueList): void {
    const last = end > this.lineStart && bytes[end - 1] === CARRIAGE_RETURN ? end - 1 : end;
    if (!isBlank(bytes, this.lineStart, last)) out.add(VALUE_LINE, this.line, this.lineStart, last);
  }
}
