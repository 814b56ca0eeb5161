import { JsonSyntaxError } from './scan-errors';

/**
 * One JSON value cut out of a stream, not yet parsed.
 * - `item`: an element of an item list (`configurationItems`, `baseConfigurationItems` or a top-level
 *   array); `index` is its position in that list.
 * - `document`: a whole top-level value without an item list (a single item, a notification wrapper);
 *   `index` counts top-level values, so concatenated documents are numbered too.
 */
export interface RawElement {
  readonly kind: 'item' | 'document';
  readonly index: number;
  readonly text: string;
}

/** Keys of a top-level object whose array value holds the items (snapshot/history files, API responses). */
const ITEM_LIST_KEYS: ReadonlySet<string> = new Set(['configurationItems', 'baseConfigurationItems']);

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const BOM = 0xfeff;

/** Whether the quote at `quote` is escaped: an odd run of backslashes before it, within a string that started at `start` in this chunk. */
function isEscapedQuote(chunk: string, quote: number, start: number): boolean {
  let backslashes = 0;
  for (let k = quote - 1; k >= start && chunk.charCodeAt(k) === BACKSLASH; k -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/**
 * Finds the boundaries of each item in a JSON text that arrives in chunks, so a file of any size is
 * parsed one item at a time (`JSON.parse` per item) and never held whole.
 *
 * It tracks only what boundaries need: nesting depth, whether it is inside a string (string bodies are
 * skipped with `indexOf('"')`, escapes by counting the backslashes before a quote, including those
 * left at the end of the previous chunk), and the keys of the top-level object. It does not validate
 * the grammar between boundaries: each cut-out value goes through `JSON.parse`, which does.
 *
 * A top-level object that has no item list is returned whole as a `document` (a single item or a
 * notification wrapper); one that has an item list is not kept in memory.
 */
export class JsonItemSplitter {
  private depth = 0;
  private inString = false;
  /** Backslashes at the end of the previous chunk while inside a string: they may escape a quote here. */
  private carriedBackslashes = 0;
  /** Depth at which item-list elements sit, or 0 outside an item list. */
  private itemDepth = 0;
  private itemIndex = 0;
  /** Start of the current element in the current chunk, -1 when none has started, -2 when it started in an earlier chunk. */
  private elementStart = -1;
  private readonly elementPieces: string[] = [];
  /** Top-level document being kept (it may turn out to be a single item), or null once it has an item list. */
  private documentPieces: string[] | null = null;
  private documentStart = -1;
  private documentIndex = 0;
  private sawItemList = false;
  /** At depth 1 of a top-level object: the next string is a key. */
  private expectKey = false;
  private keyStart = -1;
  private readonly keyPieces: string[] = [];
  /** The last key read names an item list; its value starts the list if it is an array. */
  private pendingItemList = false;
  private topIsArray = false;
  private started = false;
  /** Characters consumed before the current chunk: for error messages. */
  private offset = 0;

  /** Feeds the next chunk; returns the values completed in it, in order. */
  push(chunk: string): RawElement[] {
    const out: RawElement[] = [];
    let i = 0;
    if (this.offset === 0 && chunk.charCodeAt(0) === BOM) i = 1;
    const n = chunk.length;
    while (i < n) {
      if (this.inString) {
        i = this.skipString(chunk, i);
        continue;
      }
      if (this.itemDepth !== 0 && this.depth > this.itemDepth) {
        i = this.skipInsideItem(chunk, i);
        continue;
      }
      const code = chunk.charCodeAt(i);
      if (this.depth === 0) {
        if (isWhitespace(code)) {
          i += 1;
          continue;
        }
        this.startTopLevel(code, i);
      }
      if (this.itemDepth !== 0 && this.depth === this.itemDepth && this.elementStart === -1 && !isWhitespace(code)) {
        // A `,` or `]` here closes an element that never started: reported by finishElement.
        if (code !== CLOSE_BRACKET && code !== COMMA) this.elementStart = i;
      }
      switch (code) {
        case QUOTE:
          this.inString = true;
          this.carriedBackslashes = 0;
          if (this.expectKey && this.depth === 1) {
            this.keyStart = i + 1;
            this.keyPieces.length = 0;
          }
          i += 1;
          continue;
        case OPEN_BRACE:
        case OPEN_BRACKET:
          this.depth += 1;
          if (this.depth === 1) {
            this.expectKey = code === OPEN_BRACE;
          } else if (this.depth === 2 && this.pendingItemList && code === OPEN_BRACKET) {
            this.enterItemList();
          }
          this.pendingItemList = false;
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          if (this.itemDepth !== 0 && this.depth === this.itemDepth) {
            this.finishElement(chunk, i, out);
            this.itemDepth = 0;
          }
          this.depth -= 1;
          if (this.depth < 0) throw this.syntaxError(i, `unexpected "${String.fromCharCode(code)}"`);
          if (this.depth === 0) this.finishTopLevel(chunk, i, out);
          break;
        case COMMA:
          if (this.itemDepth !== 0 && this.depth === this.itemDepth) this.finishElement(chunk, i, out);
          else if (this.depth === 1 && !this.topIsArray) {
            this.expectKey = true;
            this.pendingItemList = false;
          }
          break;
        default:
          if (this.depth === 1 && !this.topIsArray && !isWhitespace(code) && code !== 0x3a /* : */) {
            // A scalar value of a top-level key: it is not an item list.
            this.pendingItemList = false;
          }
      }
      i += 1;
    }
    this.carryOver(chunk);
    this.offset += n;
    return out;
  }

  /** Call after the last chunk: fails on a truncated document. */
  end(): void {
    if (this.inString || this.depth !== 0) {
      throw this.syntaxError(0, 'unexpected end of input (truncated file or unbalanced brackets)');
    }
    if (!this.started) throw this.syntaxError(0, 'the file is empty');
  }

  private startTopLevel(code: number, at: number): void {
    if (code !== OPEN_BRACE && code !== OPEN_BRACKET) {
      throw this.syntaxError(at, `expected "{" or "[" but found ${JSON.stringify(String.fromCharCode(code))}`);
    }
    this.started = true;
    this.topIsArray = code === OPEN_BRACKET;
    this.sawItemList = false;
    this.pendingItemList = false;
    if (this.topIsArray) {
      this.documentPieces = null;
      this.sawItemList = true;
      this.itemIndex = 0;
      this.itemDepth = 1;
      // The `[` itself is counted by the caller's switch; the first element starts after it.
      this.elementStart = -1;
    } else {
      this.documentPieces = [];
      this.documentStart = at;
    }
  }

  private enterItemList(): void {
    this.sawItemList = true;
    this.documentPieces = null;
    this.documentStart = -1;
    this.itemIndex = 0;
    this.itemDepth = 2;
    this.elementStart = -1;
  }

  private finishElement(chunk: string, end: number, out: RawElement[]): void {
    if (this.elementStart === -1) {
      if (chunk.charCodeAt(end) === COMMA) throw this.syntaxError(end, 'empty element in a list');
      return;
    }
    let text: string;
    if (this.elementStart === -2) {
      this.elementPieces.push(chunk.slice(0, end));
      text = this.elementPieces.join('');
      this.elementPieces.length = 0;
    } else {
      text = chunk.slice(this.elementStart, end);
    }
    out.push({ kind: 'item', index: this.itemIndex, text });
    this.itemIndex += 1;
    this.elementStart = -1;
  }

  private finishTopLevel(chunk: string, end: number, out: RawElement[]): void {
    if (!this.sawItemList && this.documentPieces !== null) {
      const head = this.documentStart >= 0 ? chunk.slice(this.documentStart, end + 1) : chunk.slice(0, end + 1);
      this.documentPieces.push(head);
      out.push({ kind: 'document', index: this.documentIndex, text: this.documentPieces.join('') });
    }
    this.documentIndex += 1;
    this.documentPieces = null;
    this.documentStart = -1;
    this.expectKey = false;
    this.topIsArray = false;
  }

  /**
   * The hot path: inside an item, only strings and brackets matter until its depth is back to the
   * list's. Depth lives in a local, and strings that start here are skipped inline (`indexOf` to the
   * next quote, then a look at the character before it): about a hundred strings per item make the
   * call per string count. Returns where the general loop resumes.
   */
  private skipInsideItem(chunk: string, from: number): number {
    const n = chunk.length;
    const floor = this.itemDepth;
    let depth = this.depth;
    let i = from;
    while (i < n) {
      const code = chunk.charCodeAt(i);
      i += 1;
      if (code === QUOTE) {
        let quote = chunk.indexOf('"', i);
        while (quote !== -1 && chunk.charCodeAt(quote - 1) === BACKSLASH && isEscapedQuote(chunk, quote, i)) {
          quote = chunk.indexOf('"', quote + 1);
        }
        if (quote === -1) {
          // The string goes on in the next chunk; the general loop's skipString takes it from there.
          this.inString = true;
          this.carriedBackslashes = 0;
          i = n;
          break;
        }
        i = quote + 1;
      } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        depth += 1;
      } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        depth -= 1;
        if (depth === floor) break;
      }
    }
    this.depth = depth;
    return i;
  }

  /** Inside a string at `from`: returns the index just past its closing quote, or the chunk length. */
  private skipString(chunk: string, from: number): number {
    let search = from;
    for (;;) {
      const quote = chunk.indexOf('"', search);
      if (quote === -1) return chunk.length;
      let backslashes = 0;
      let k = quote - 1;
      while (k >= from && chunk.charCodeAt(k) === BACKSLASH) {
        backslashes += 1;
        k -= 1;
      }
      // The run reaches back to the start of this chunk: add the run the previous chunk ended with.
      if (k < from && from === 0) backslashes += this.carriedBackslashes;
      if (backslashes % 2 === 1) {
        search = quote + 1;
        continue;
      }
      this.inString = false;
      if (this.keyStart !== -1) this.finishKey(chunk, quote);
      return quote + 1;
    }
  }

  private finishKey(chunk: string, quote: number): void {
    let key: string;
    if (this.keyStart === -2) {
      this.keyPieces.push(chunk.slice(0, quote));
      key = this.keyPieces.join('');
      this.keyPieces.length = 0;
    } else {
      key = chunk.slice(this.keyStart, quote);
    }
    this.keyStart = -1;
    this.expectKey = false;
    this.pendingItemList = ITEM_LIST_KEYS.has(key);
  }

  /** Keeps the parts of this chunk that belong to values still open at its end. */
  private carryOver(chunk: string): void {
    if (this.inString) {
      let run = 0;
      let k = chunk.length - 1;
      while (k >= 0 && chunk.charCodeAt(k) === BACKSLASH) {
        run += 1;
        k -= 1;
      }
      this.carriedBackslashes = k < 0 ? this.carriedBackslashes + run : run;
    }
    if (this.keyStart !== -1) {
      this.keyPieces.push(this.keyStart === -2 ? chunk : chunk.slice(this.keyStart));
      this.keyStart = -2;
    }
    if (this.elementStart !== -1) {
      this.elementPieces.push(this.elementStart === -2 ? chunk : chunk.slice(this.elementStart));
      this.elementStart = -2;
    }
    if (this.documentPieces !== null && this.depth > 0) {
      this.documentPieces.push(this.documentStart >= 0 ? chunk.slice(this.documentStart) : chunk);
      this.documentStart = -1;
    }
  }

  private syntaxError(at: number, reason: string): JsonSyntaxError {
    return new JsonSyntaxError(this.offset + at, reason);
  }
}
