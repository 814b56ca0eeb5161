/**
 * Child process of bench/scan.ts: the floor, a bare `JSON.parse` of the same bytes the scanner reads.
 * Only the parse is timed (reading and UTF-8 decoding are reported apart). A file longer than V8's
 * maximum string length (about 2^29 characters, 512 MiB) cannot be one string: it is then cut at item
 * boundaries into pieces that are each parsed as an array, and the parse times are summed.
 */
import { constants } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

// About the size of the 100,000-item file, so both floors parse pieces of the same size.
const PIECE_BYTES = 128 << 20;
/** Read past a piece's end to find the next item's start (items are a few KiB). */
const SLACK_BYTES = 4 << 20;
/** Every item the generator writes starts with this key (compact JSON). */
const ITEM_START = Buffer.from('{"relatedEvents"');

function time<T>(run: () => T): [T, number] {
  const started = process.hrtime.bigint();
  const value = run();
  return [value, Number(process.hrtime.bigint() - started) / 1e9];
}

function main(): void {
  const [input] = process.argv.slice(2);
  if (input === undefined) throw new Error('usage: parse-floor INPUT');
  const maxString = constants.MAX_STRING_LENGTH;
  const fd = openSync(input, 'r');
  const size = fstatSync(fd).size;
  if (size <= maxString) {
    closeSync(fd);
    const [bytes, readSeconds] = time(() => readFileSync(input));
    const [text, decodeSeconds] = time(() => bytes.toString('utf8'));
    const [parsed, parseSeconds] = time(() => JSON.parse(text) as { configurationItems: unknown[] });
    const report = { chunked: false, maxString, readSeconds, decodeSeconds, parseSeconds, items: parsed.configurationItems.length };
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  // Too long for one string: parse consecutive runs of items as arrays. Each piece is read on its own:
  // holding the whole 1.2 GB file in one Buffer made every parse slower (about 1.9 s instead of 1.1 s
  // per piece here: the external memory drives V8 into more, and fuller, collections), which flattered
  // the scanner's ratio.
  const head = Buffer.alloc(1 << 16);
  readSync(fd, head, 0, head.length, 0);
  const listStart = head.indexOf('"configurationItems":[') + '"configurationItems":['.length;
  const tail = Buffer.alloc(1 << 16);
  const tailAt = size - tail.length;
  readSync(fd, tail, 0, tail.length, tailAt);
  const listEnd = tailAt + tail.lastIndexOf(']');
  let readSeconds = 0;
  let decodeSeconds = 0;
  let parseSeconds = 0;
  let items = 0;
  let pieces = 0;
  for (let start = listStart; start < listEnd; ) {
    const want = Math.min(PIECE_BYTES + SLACK_BYTES, listEnd - start);
    const [bytes, read] = time(() => {
      const buffer = Buffer.allocUnsafe(want);
      readSync(fd, buffer, 0, want, start);
      return buffer;
    });
    let end = want;
    if (start + want < listEnd) {
      const next = bytes.indexOf(ITEM_START, PIECE_BYTES);
      if (next === -1) throw new Error(`no item starts within ${SLACK_BYTES} bytes after offset ${start + PIECE_BYTES}`);
      end = next - 1; // before the comma that separates items
    }
    const [text, decode] = time(() => `[${bytes.toString('utf8', 0, end)}]`);
    const [parsed, parse] = time(() => JSON.parse(text) as unknown[]);
    readSeconds += read;
    decodeSeconds += decode;
    parseSeconds += parse;
    items += parsed.length;
    pieces += 1;
    start += end + 1;
  }
  closeSync(fd);
  process.stdout.write(`${JSON.stringify({ chunked: true, pieces, maxString, readSeconds, decodeSeconds, parseSeconds, items })}\n`);
}

main();
