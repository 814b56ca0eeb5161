/**
 * Child process of bench/scan.ts: the floor, a bare `JSON.parse` of the same bytes the scanner reads.
 * Only the parse is timed (reading and UTF-8 decoding are reported apart). A file longer than V8's
 * maximum string length (about 2^29 characters, 512 MiB) cannot be one string: it is then cut at item
 * boundaries into pieces that are each parsed as an array, and the parse times are summed.
 */
import { constants } from 'node:buffer';
import { readFileSync } from 'node:fs';

// About the size of the 100,000-item file, so both floors parse pieces of the same size.
const PIECE_BYTES = 128 << 20;
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
  const [bytes, readSeconds] = time(() => readFileSync(input));
  const maxString = constants.MAX_STRING_LENGTH;
  if (bytes.length <= maxString) {
    const [text, decodeSeconds] = time(() => bytes.toString('utf8'));
    const [parsed, parseSeconds] = time(() => JSON.parse(text) as { configurationItems: unknown[] });
    const report = { chunked: false, maxString, readSeconds, decodeSeconds, parseSeconds, items: parsed.configurationItems.length };
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  // Too long for one string: parse consecutive runs of items as arrays.
  const listStart = bytes.indexOf('"configurationItems":[') + '"configurationItems":['.length;
  const listEnd = bytes.lastIndexOf(']');
  let decodeSeconds = 0;
  let parseSeconds = 0;
  let items = 0;
  let pieces = 0;
  for (let start = listStart; start < listEnd; ) {
    let end = Math.min(start + PIECE_BYTES, listEnd);
    if (end < listEnd) {
      const next = bytes.indexOf(ITEM_START, end);
      end = next === -1 ? listEnd : next - 1; // before the comma that separates items
    }
    const [text, decode] = time(() => `[${bytes.toString('utf8', start, end)}]`);
    const [parsed, parse] = time(() => JSON.parse(text) as unknown[]);
    decodeSeconds += decode;
    parseSeconds += parse;
    items += parsed.length;
    pieces += 1;
    start = end + 1;
  }
  process.stdout.write(`${JSON.stringify({ chunked: true, pieces, maxString, readSeconds, decodeSeconds, parseSeconds, items })}\n`);
}

main();
