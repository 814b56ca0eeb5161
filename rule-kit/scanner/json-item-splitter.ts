import { JsonSyntaxError } from './scan-errors';
import { listNumber, VALUE_DOCUMENT, VALUE_ITEM, type ValueList, type ValueSplitter } from './value-block';

/** Keys of a top-level object whose array value holds the items (snapshot/history files, API responses). */
const ITEM_LIST_KEYS: ReadonlySet<string> = new Set(['configurationItems', 'baseConfigurationItems']);

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
/** Most strings in a configuration item are keys and short values: looking for their end byte by byte beats a call to indexOf. */
const INLINE_STRING_BYTES = 32;

function isWhitespace(code: number | undefined): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/**
 * Finds the boundaries of the items in JSON bytes that arrive in buffers, so a file of any size is
 * parsed a few hundred items at a time and never held whole.
 *
 * It works on bytes, not text: the characters it looks for (quotes, backslashes, brackets, commas) are
 * ASCII, and no byte of a multi-byte UTF-8 character is ASCII.
 *
 * Exactly, it tracks what boundaries need: nesting depth, whether it is inside a string (escapes by
 * counting the backslashes before a quote, including those at the end of bytes already dropped), and
 * the keys of the top-level object. It does not validate the grammar between boundaries: each cut-out
 * value goes through `JSON.parse`, which does.
 *
 * A top-level object that has no item list is returned whole as a document (a single item or a
 * notification wrapper); one that has an item list is not kept in memory.
 */
export class JsonItemSplitter implements ValueSplitter {
  private depth = 0;
  private inString = false;
  /** Where the open string's content starts in the current buffer (0 when it started in bytes already dropped). */
  private stringFrom = 0;
  /** Backslashes that ended the dropped part of the open string: they may escape a quote at the buffer's start. */
  private carriedBackslashes = 0;
  /** Depth at which item-list elements sit, or 0 outside an item list. */
  private itemDepth = 0;
  /** Start of the current element in the buffer, or -1. */
  private elementStart = -1;
  /** Start of the top-level document being kept (it may turn out to be a single item), or -1. */
  private documentStart = -1;
  private documentIndex = 0;
  private sawItemList = false;
  /** At depth 1 of a top-level object: the next string is a key. */
  private expectKey = false;
  /** Start of the top-level key being read, or -1. */
  private keyStart = -1;
  /** The last key read names an item list; its value starts the list if it is an array. */
  private pendingItemList = false;
  private topIsArray = false;
  private started = false;
  /** Bytes dropped before the current buffer: for error offsets. */
  private offset = 0;

  private list(): number {
    return listNumber({ document: this.documentIndex, depth: this.itemDepth === 1 ? 1 : 2 });
  }

  scan(bytes: Buffer, from: number, to: number, out: ValueList): void {
    let i = from;
    while (i < to) {
      if (this.inString) {
        i = this.skipString(bytes, i, to);
        continue;
      }
      if (this.itemDepth !== 0 && this.depth > this.itemDepth) {
        i = this.skipInsideItem(bytes, i, to);
        continue;
      }
      const code = bytes[i] ?? 0;
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
          this.openString(i + 1);
          if (this.expectKey && this.depth === 1) this.keyStart = i + 1;
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
            this.finishElement(bytes, i, out);
            this.itemDepth = 0;
          }
          this.depth -= 1;
          if (this.depth < 0) throw this.syntaxError(i, `unexpected "${String.fromCharCode(code)}"`);
          if (this.depth === 0) this.finishTopLevel(i, out);
          break;
        case COMMA:
          if (this.itemDepth !== 0 && this.depth === this.itemDepth) {
            this.finishElement(bytes, i, out);
          } else if (this.depth === 1 && !this.topIsArray) {
            this.expectKey = true;
            this.pendingItemList = false;
          }
          break;
        default:
          if (this.depth === 1 && !this.topIsArray && !isWhitespace(code) && code !== COLON) {
            // A scalar value of a top-level key: it is not an item list.
            this.pendingItemList = false;
          }
      }
      i += 1;
    }
  }

  keepFrom(to: number): number {
    let keep = to;
    for (const start of [this.elementStart, this.documentStart, this.keyStart]) {
      if (start !== -1 && start < keep) keep = start;
    }
    return keep;
  }

  rebase(bytes: Buffer, shift: number): void {
    if (shift === 0) return;
    if (this.inString) {
      if (this.stringFrom >= shift) {
        this.stringFrom -= shift;
      } else {
        // The string's start is dropped: remember the backslashes that end the dropped part.
        const run = backslashRun(bytes, shift, this.stringFrom);
        this.carriedBackslashes = run === shift - this.stringFrom && this.stringFrom === 0 ? this.carriedBackslashes + run : run;
        this.stringFrom = 0;
      }
    }
    if (this.elementStart !== -1) this.elementStart -= shift;
    if (this.documentStart !== -1) this.documentStart -= shift;
    if (this.keyStart !== -1) this.keyStart -= shift;
    this.offset += shift;
  }

  end(_bytes: Buffer, _to: number, _out: ValueList): void {
    if (this.inString || this.depth !== 0) {
      throw this.syntaxError(0, 'unexpected end of input (truncated file or unbalanced brackets)');
    }
    if (!this.started) throw this.syntaxError(0, 'the file is empty');
  }

  private openString(contentStart: number): void {
    this.inString = true;
    this.stringFrom = contentStart;
    this.carriedBackslashes = 0;
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
      this.documentStart = -1;
      this.sawItemList = true;
      this.itemDepth = 1;
      // The `[` itself is counted by the caller's switch; the first element starts after it.
      this.elementStart = -1;
    } else {
      this.documentStart = at;
    }
  }

  private enterItemList(): void {
    this.sawItemList = true;
    this.documentStart = -1;
    this.itemDepth = 2;
    this.elementStart = -1;
  }

  private finishElement(bytes: Buffer, end: number, out: ValueList): void {
    if (this.elementStart === -1) {
      if (bytes[end] === COMMA) throw this.syntaxError(end, 'empty element in a list');
      return;
    }
    out.add(VALUE_ITEM, this.list(), this.elementStart, end);
    this.elementStart = -1;
  }

  private finishTopLevel(end: number, out: ValueList): void {
    if (!this.sawItemList && this.documentStart !== -1) out.add(VALUE_DOCUMENT, this.documentIndex, this.documentStart, end + 1);
    this.documentIndex += 1;
    this.documentStart = -1;
    this.expectKey = false;
    this.topIsArray = false;
  }

  /**
   * The hot path: inside an item, only strings and brackets matter until its depth is back to the
   * list's. Depth lives in a local, and strings are skipped inline (byte by byte for the first few,
   * then `indexOf`): about a hundred strings per item make the call per string count. Returns where
   * the general loop resumes.
   */
  private skipInsideItem(bytes: Buffer, from: number, to: number): number {
    const floor = this.itemDepth;
    let depth = this.depth;
    let i = from;
    while (i < to) {
      const code = bytes[i];
      i += 1;
      if (code === QUOTE) {
        const quote = closingQuote(bytes, i, to);
        if (quote === -1) {
          // The string goes on in the next buffer; the general loop's skipString takes it from there.
          this.openString(i);
          i = to;
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

  /** Inside a string at `from`: returns the index just past its closing quote, or `to`. */
  private skipString(bytes: Buffer, from: number, to: number): number {
    let search = from;
    for (;;) {
      const quote = bytes.indexOf(QUOTE, search);
      if (quote === -1 || quote >= to) return to;
      let backslashes = backslashRun(bytes, quote, this.stringFrom);
      // The run reaches back to the buffer's start: add the run the dropped bytes ended with.
      if (backslashes === quote - this.stringFrom && this.stringFrom === 0) backslashes += this.carriedBackslashes;
      if (backslashes % 2 === 1) {
        search = quote + 1;
        continue;
      }
      this.inString = false;
      if (this.keyStart !== -1) this.finishKey(bytes, quote);
      return quote + 1;
    }
  }

  private finishKey(bytes: Buffer, quote: number): void {
    const key = bytes.toString('utf8', this.keyStart, quote);
    this.keyStart = -1;
    this.expectKey = false;
    this.pendingItemList = ITEM_LIST_KEYS.has(key);
  }

  private syntaxError(at: number, reason: string): JsonSyntaxError {
    return new JsonSyntaxError(this.offset + at, reason);
  }
}

/**
 * The index of the quote that closes a string whose content starts at `from` (both within one item,
 * which the buffer holds whole from its start), or -1 when the string does not end before `to`.
 */
function closingQuote(bytes: Buffer, from: number, to: number): number {
  const inlineEnd = Math.min(from + INLINE_STRING_BYTES, to);
  let quote = -1;
  for (let j = from; j < inlineEnd; j += 1) {
    if (bytes[j] === QUOTE) {
      quote = j;
      break;
    }
  }
  if (quote === -1 && inlineEnd < to) quote = bytes.indexOf(QUOTE, inlineEnd);
  while (quote !== -1 && quote < to && bytes[quote - 1] === BACKSLASH) {
    if (backslashRun(bytes, quote, from) % 2 === 0) break;
    quote = bytes.indexOf(QUOTE, quote + 1);
  }
  return quote === -1 || quote >= to ? -1 : quote;
}

/** How many backslashes end just before `end`, counting none below `floor` (where the string's text starts). */
function backslashRun(bytes: Buffer, end: number, floor: number): number {
  let run = 0;
  for (let k = end - 1; k >= floor && bytes[k] === BACKSLASH; k -= 1) run += 1;
  return run;
}
