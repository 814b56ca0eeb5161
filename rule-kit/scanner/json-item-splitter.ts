import { JsonSyntaxError } from './scan-errors';
import { listNumber, VALUE_DOCUMENT, VALUE_ITEM, VALUE_RUN, type ListResume, type ValueList, type ValueSplitter } from './value-block';

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
/** Longer separators than this (whitespace and the first key) are not learnt as a pattern. */
const MAX_PATTERN_BYTES = 256;
/** Guessing gives up (and exact splitting takes over) when this many bytes pass without a boundary: an element larger than this. */
const MAX_GUESS_BYTES = 128 << 10;
/**
 * Runs are cut at about this size: the string a run is decoded to, and the objects parsed from it, then
 * stay in V8's young generation (strings above 128 KiB go straight to the old one, and a 256 KiB run
 * parsed about 1.5x slower than 48 KiB ones here). Two-byte strings (non-ASCII text) count double.
 */
const RUN_BYTES = 48 << 10;

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
 * value goes through `JSON.parse`, which does. That is a loop over every byte, about a third of a
 * one-thread scan; so, inside an item list, it guesses:
 *
 * - From the separator between two elements (`,{"relatedEvents"` in a compact Config snapshot: the
 *   comma, any whitespace and the next element's first key) it learns a pattern, and from then on
 *   cuts a buffer at the last occurrence of the pattern (one native `lastIndexOf`), returning the
 *   elements before it as a run (`VALUE_RUN`) to be parsed as one array.
 * - A guess is checked by that parse: given a run that starts at an element boundary, `[` + run + `]`
 *   is valid JSON only if the run also ends at one (cut inside a string it ends in an open string, cut
 *   inside an element it leaves a bracket open), and it then holds exactly the elements between. The
 *   first run starts after an exactly found boundary, each next one where the previous one ended, so a
 *   run that parses proves the next one's start. One that does not (a nested object with the same
 *   first key, a syntax error, the end of the list) is read again exactly from its start (`ListResume`),
 *   and the parse errors come out as the exact path reports them.
 * - Where the pattern does not occur for a while (an element larger than `MAX_GUESS_BYTES`), it goes
 *   back to exact splitting until the next boundary, and at the end of the input the rest is split
 *   exactly (the end of the list, truncation).
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
  /** The separator learnt between two elements, once known; guessing is off when `guess` is false. */
  private pattern: Buffer | undefined;
  /** Start of the run being guessed, or -1 when splitting exactly. */
  private runStart = -1;
  /** Where the comma that ended the previous element is, or -1 (none, or dropped). */
  private previousComma = -1;

  /**
   * `guess` lets the splitter cut runs (above). `resume` starts it inside an item list, at an
   * element's start, as when a run is read again: the reader starts at `resume.offset`.
   */
  constructor(
    private readonly guess = true,
    resume?: ListResume,
  ) {
    if (resume !== undefined) {
      this.started = true;
      this.offset = resume.offset;
      this.depth = resume.depth;
      this.itemDepth = resume.depth;
      this.topIsArray = resume.depth === 1;
      this.sawItemList = true;
      this.documentIndex = resume.document;
    }
  }

  private list(): number {
    return listNumber({ document: this.documentIndex, depth: this.itemDepth === 1 ? 1 : 2 });
  }

  scan(bytes: Buffer, from: number, to: number, out: ValueList): void {
    let i = this.runStart === -1 ? from : this.guessRuns(bytes, to, out);
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
            if (this.startsRun(bytes, i, to)) {
              this.runStart = i + 1;
              i = this.guessRuns(bytes, to, out);
              continue;
            }
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
    for (const start of [this.elementStart, this.documentStart, this.keyStart, this.runStart]) {
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
    if (this.runStart !== -1) this.runStart -= shift;
    this.previousComma = this.previousComma >= shift ? this.previousComma - shift : -1;
    this.offset += shift;
  }

  end(bytes: Buffer, to: number, out: ValueList): void {
    if (this.runStart !== -1) {
      // The rest of the list (its last elements, its end, and what follows) is split exactly.
      const from = this.runStart;
      this.runStart = -1;
      this.scan(bytes, from, to, out);
    }
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
    if (this.guess && this.pattern === undefined && this.previousComma !== -1) this.learnPattern(bytes, end);
    this.previousComma = bytes[end] === COMMA ? end : -1;
    this.elementStart = -1;
  }

  /**
   * The separator before the element that ends at `end`: from the comma before it to the closing quote
   * of its first key, if it is an object whose first key has no escapes.
   */
  private learnPattern(bytes: Buffer, end: number): void {
    let at = this.elementStart;
    if (bytes[at] !== OPEN_BRACE) return;
    at += 1;
    while (at < end && isWhitespace(bytes[at])) at += 1;
    if (bytes[at] !== QUOTE) return;
    const close = bytes.indexOf(QUOTE, at + 1);
    if (close === -1 || close >= end || close + 1 - this.previousComma > MAX_PATTERN_BYTES) return;
    if (bytes.subarray(at + 1, close).includes(BACKSLASH)) return;
    this.pattern = Buffer.from(bytes.subarray(this.previousComma, close + 1));
  }

  /** Whether guessing starts at the comma at `comma`: the learnt separator follows it in full. */
  private startsRun(bytes: Buffer, comma: number, to: number): boolean {
    const pattern = this.pattern;
    if (pattern === undefined || comma + pattern.length > to) return false;
    return bytes.compare(pattern, 0, pattern.length, comma, comma + pattern.length) === 0;
  }

  /**
   * Cuts runs of about RUN_BYTES at occurrences of the pattern, the last one at its last occurrence
   * before `to`. Returns where exact splitting resumes: `to` while guessing goes on, or the run's start
   * when it gives up.
   */
  private guessRuns(bytes: Buffer, to: number, out: ValueList): number {
    const pattern = this.pattern;
    if (pattern === undefined) return to;
    const last = to - pattern.length;
    while (this.runStart + RUN_BYTES < last) {
      let cut = bytes.lastIndexOf(pattern, this.runStart + RUN_BYTES);
      // An element longer than RUN_BYTES: the run ends after it.
      if (cut <= this.runStart) cut = bytes.indexOf(pattern, this.runStart + RUN_BYTES);
      if (cut === -1 || cut > last) break;
      out.add(VALUE_RUN, this.list(), this.runStart, cut);
      this.runStart = cut + 1;
    }
    const cut = bytes.lastIndexOf(pattern, last);
    if (cut > this.runStart) {
      out.add(VALUE_RUN, this.list(), this.runStart, cut);
      this.runStart = cut + 1;
    }
    if (to - this.runStart <= MAX_GUESS_BYTES) return to;
    const resume = this.runStart;
    this.runStart = -1;
    this.previousComma = -1;
    return resume;
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
