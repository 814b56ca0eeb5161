/** One non-blank line of a JSON Lines file; `line` is 1-based. */
export interface RawLine {
  readonly line: number;
  readonly text: string;
}

/**
 * Cuts JSON Lines text arriving in chunks into lines. JSON escapes newlines inside strings, so a raw
 * newline always ends a record; `\r\n` endings and blank lines are accepted.
 */
export class JsonLinesSplitter {
  private readonly pending: string[] = [];
  private line = 0;

  push(chunk: string): RawLine[] {
    const out: RawLine[] = [];
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf('\n', start);
      if (newline === -1) break;
      let text = chunk.slice(start, newline);
      if (this.pending.length > 0) {
        this.pending.push(text);
        text = this.pending.join('');
        this.pending.length = 0;
      }
      this.line += 1;
      this.emit(text, out);
      start = newline + 1;
    }
    if (start < chunk.length) this.pending.push(chunk.slice(start));
    return out;
  }

  end(): RawLine[] {
    const out: RawLine[] = [];
    if (this.pending.length > 0) {
      this.line += 1;
      this.emit(this.pending.join(''), out);
      this.pending.length = 0;
    }
    return out;
  }

  private emit(text: string, out: RawLine[]): void {
    const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (this.line === 1 && trimmed.charCodeAt(0) === 0xfeff) {
      if (trimmed.trim().length > 1) out.push({ line: this.line, text: trimmed.slice(1) });
      return;
    }
    if (trimmed.trim() !== '') out.push({ line: this.line, text: trimmed });
  }
}
