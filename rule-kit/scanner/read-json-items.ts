import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { JsonItemSplitter } from './json-item-splitter';
import { JsonLinesSplitter } from './json-lines-splitter';
import { JsonSyntaxError, UnreadableInputError } from './scan-errors';
import type { ByteInput } from './source';
import type { ValueBlock } from './value-block';
import { ValueCutter } from './value-cutter';

/** Gunzip hands out up to 1 MiB per chunk (fewer round trips to the zlib thread). */
const GUNZIP_CHUNK_BYTES = 1 << 20;

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The first chunks until at least two bytes are known (gzip's magic number), and the rest of the stream. */
async function* bytesOf(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array, void, undefined> {
  for await (const chunk of chunks) if (chunk.length > 0) yield chunk;
}

/** The input's bytes, gunzipped when they start with gzip's magic number (whatever the name). */
async function* plainBytes(input: ByteInput): AsyncGenerator<Uint8Array> {
  const iterator = bytesOf(await input.open())[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let known = 0;
  while (known < 2) {
    const next = await iterator.next();
    if (next.done === true) break;
    head.push(next.value);
    known += next.value.length;
  }
  const first = head.length === 1 ? head[0] : Buffer.concat(head);
  const rest = (async function* () {
    if (first !== undefined && first.length > 0) yield first;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  })();
  const gzip = first !== undefined && first[0] === 0x1f && first[1] === 0x8b;
  let stream: AsyncIterable<Uint8Array> = rest;
  let gunzip: ReturnType<typeof createGunzip> | undefined;
  if (gzip) {
    const compressed = Readable.from(rest, { objectMode: false });
    gunzip = createGunzip({ chunkSize: GUNZIP_CHUNK_BYTES });
    compressed.on('error', (error) => gunzip?.destroy(error));
    stream = compressed.pipe(gunzip);
  }
  try {
    yield* stream;
  } finally {
    gunzip?.destroy();
    await iterator.return?.();
  }
}

export interface ReadOptions {
  /** Told the (decompressed) size of each chunk, for progress. */
  readonly onBytes?: (bytes: number) => void;
}

/**
 * Streams the values of one byte input, in blocks of whole values (see value-block.ts). JSON Lines
 * inputs are cut at newlines; everything else by the JSON item splitter, which also accepts several
 * concatenated top-level values. Memory holds one block plus the value being cut. Throws
 * `UnreadableInputError` for bytes that are not JSON, not gzip, or cannot be read, after the blocks
 * before the fault.
 */
export async function* readJsonItems(input: ByteInput, options: ReadOptions = {}): AsyncGenerator<ValueBlock> {
  const { onBytes } = options;
  const cutter = new ValueCutter(input.jsonLines ? new JsonLinesSplitter() : new JsonItemSplitter());
  try {
    for await (const chunk of plainBytes(input)) {
      onBytes?.(chunk.length);
      yield* cutter.push(chunk);
    }
    for (let last = cutter.end(); last !== undefined; last = cutter.end()) yield last;
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new UnreadableInputError(input.name, `byte ${error.offset}`, error.reason);
    if (error instanceof UnreadableInputError) throw error;
    // Whatever else failed came from the bytes' stream (a missing file, a broken connection, zlib).
    const code = (error as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string' && code.startsWith('Z_')) {
      throw new UnreadableInputError(input.name, undefined, `not a valid gzip file (${reasonOf(error)})`);
    }
    throw new UnreadableInputError(input.name, undefined, reasonOf(error));
  }
}
