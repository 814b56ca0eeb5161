import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { ItemPosition } from './item-position';
import { JsonItemSplitter } from './json-item-splitter';
import { JsonLinesSplitter } from './json-lines-splitter';
import { JsonSyntaxError, UnreadableInputError } from './scan-errors';

/**
 * One JSON value of an input file, cut out but not parsed. `item` values are configuration items
 * (elements of an item list); `document` values are whole top-level values or JSON lines, which may
 * be an item or a wrapper around one (a change notification, a rule event).
 */
export interface SourceValue {
  readonly kind: 'item' | 'document';
  readonly text: string;
  readonly position: ItemPosition;
}

/**
 * 64 KiB reads. Larger chunks cost fewer stream round trips, but a decoded chunk above V8's
 * regular-object limit (128 KiB) is allocated straight in the old generation and only freed by a full
 * collection: with 1 MiB chunks the scanner's RSS grew to 800 MB on a 1.2 GB snapshot.
 */
const CHUNK_BYTES = 1 << 16;

/**
 * Gunzip output chunks are larger, and cut into 64 KiB pieces before decoding (Buffers live outside
 * V8's heap, so their size does not matter there). Each output chunk costs a round trip between the
 * zlib thread and the main thread, which only takes it between two batches of items: with 64 KiB
 * output chunks the main thread sat idle waiting for gunzip for 7 % of a scan.
 */
const GUNZIP_CHUNK_BYTES = 1 << 20;

const JSON_LINES_NAME = /\.(jsonl|ndjson)(\.gz)?$/i;

export function isJsonLinesFile(file: string): boolean {
  return JSON_LINES_NAME.test(file);
}

function isGzip(fd: number): boolean {
  const head = Buffer.alloc(2);
  const bytesRead = readSync(fd, head, 0, 2, 0);
  return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * An uncompressed file read synchronously into one reused buffer: the stream machinery (a Buffer, a
 * promise and several callbacks per chunk) cost about 7 % of a scan, and a scan has nothing else to do
 * while it waits for the disk.
 */
function* plainChunks(fd: number): Generator<Buffer> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let position = 0;
  for (;;) {
    const read = readSync(fd, buffer, 0, CHUNK_BYTES, position);
    if (read === 0) return;
    position += read;
    yield read === CHUNK_BYTES ? buffer : buffer.subarray(0, read);
  }
}

/** The gunzipped bytes of a gzip file, streamed. */
function gunzipChunks(file: string): Readable {
  const raw = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  const gunzip = createGunzip({ chunkSize: GUNZIP_CHUNK_BYTES });
  raw.on('error', (error) => gunzip.destroy(error));
  return raw.pipe(gunzip);
}

/** The file's bytes in chunks, gunzipped when it starts with the gzip magic number (whatever its name). */
function openBytes(file: string): { chunks: Iterable<Buffer> | AsyncIterable<Buffer>; close: () => void } {
  const fd = openSync(file, 'r');
  let gzip: boolean;
  try {
    gzip = isGzip(fd);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  if (!gzip) return { chunks: plainChunks(fd), close: () => closeSync(fd) };
  closeSync(fd);
  const stream = gunzipChunks(file);
  return { chunks: stream as AsyncIterable<Buffer>, close: () => stream.destroy() };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Streams the values of one file, a batch per chunk read. JSON Lines files (`.jsonl`, `.ndjson`,
 * optionally `.gz`) are cut at newlines; everything else by the JSON item splitter, which also
 * accepts several concatenated top-level values. Memory holds one chunk plus the item being cut.
 * `onBytes` is told the (decompressed) size of each chunk, for progress.
 */
export async function* readJsonItems(file: string, onBytes?: (bytes: number) => void): AsyncGenerator<SourceValue[]> {
  let input: ReturnType<typeof openBytes>;
  try {
    input = openBytes(file);
  } catch (error) {
    throw new UnreadableInputError(file, undefined, reasonOf(error));
  }
  const decoder = new StringDecoder('utf8');
  const lines = isJsonLinesFile(file) ? new JsonLinesSplitter() : undefined;
  const splitter = lines === undefined ? new JsonItemSplitter() : undefined;
  const toValues = (text: string, final: boolean): SourceValue[] => {
    if (lines !== undefined) {
      const found = text === '' ? [] : lines.push(text);
      if (final) found.push(...lines.end());
      return found.map((line) => ({ kind: 'document', text: line.text, position: { line: line.line } }));
    }
    if (splitter === undefined) return [];
    const found = text === '' ? [] : splitter.push(text);
    if (final) splitter.end();
    return found.map((element) => ({
      kind: element.kind,
      text: element.text,
      position: element.kind === 'item' ? { index: element.index } : { document: element.index },
    }));
  };
  try {
    for await (const chunk of input.chunks) {
      onBytes?.(chunk.length);
      for (let at = 0; at < chunk.length; at += CHUNK_BYTES) {
        const piece = at === 0 && chunk.length <= CHUNK_BYTES ? chunk : chunk.subarray(at, at + CHUNK_BYTES);
        const values = toValues(decoder.write(piece), false);
        if (values.length > 0) yield values;
      }
    }
    const last = toValues(decoder.end(), true);
    if (last.length > 0) yield last;
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new UnreadableInputError(file, `character ${error.offset}`, error.reason);
    if (error instanceof UnreadableInputError) throw error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Z_')) {
      throw new UnreadableInputError(file, undefined, `not a valid gzip file (${reasonOf(error)})`);
    }
    if (typeof code === 'string') throw new UnreadableInputError(file, undefined, reasonOf(error));
    throw error;
  } finally {
    input.close();
  }
}
