import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { JsonItemSplitter } from './json-item-splitter';
import { JsonLinesSplitter } from './json-lines-splitter';
import { JsonSyntaxError, UnreadableInputError } from './scan-errors';
import type { BlockBuffers } from './block-buffers';
import type { ListResume, ValueBlock } from './value-block';
import { ValueCutter } from './value-cutter';

/** Compressed bytes are read 64 KiB at a time; gunzip hands out up to 1 MiB per chunk (fewer round trips to the zlib thread). */
const GZIP_READ_BYTES = 1 << 16;
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

/** The gunzipped bytes of a gzip file, streamed. */
function gunzipChunks(file: string): Readable {
  const raw = createReadStream(file, { highWaterMark: GZIP_READ_BYTES });
  const gunzip = createGunzip({ chunkSize: GUNZIP_CHUNK_BYTES });
  raw.on('error', (error) => gunzip.destroy(error));
  return raw.pipe(gunzip);
}

/**
 * An uncompressed file is read synchronously straight into the cutter's buffer: the stream machinery
 * (a Buffer, a promise and several callbacks per chunk) cost about 7 % of a scan, and a scan has
 * nothing else to do while it waits for the disk.
 */
function* plainBlocks(fd: number, cutter: ValueCutter, start: number, onBytes?: (bytes: number) => void): Generator<ValueBlock> {
  let position = start;
  for (;;) {
    const { buffer, offset, length } = cutter.space();
    const read = readSync(fd, buffer, offset, length, position);
    if (read === 0) return;
    position += read;
    onBytes?.(read);
    const block = cutter.commit(read);
    if (block !== undefined) yield block;
  }
}

/** `start`: decompressed bytes to skip (a resumed read). */
async function* gzipBlocks(file: string, cutter: ValueCutter, start: number, onBytes?: (bytes: number) => void): AsyncGenerator<ValueBlock> {
  const stream = gunzipChunks(file);
  let skip = start;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const bytes = skip === 0 ? chunk : chunk.subarray(Math.min(skip, chunk.length));
      skip -= chunk.length - bytes.length;
      if (bytes.length === 0) continue;
      onBytes?.(bytes.length);
      yield* cutter.push(bytes);
    }
  } finally {
    stream.destroy();
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface ReadOptions {
  /** Told the (decompressed) size of each chunk, for progress. */
  readonly onBytes?: (bytes: number) => void;
  /** Whether the splitter may cut runs of items at guessed boundaries (json-item-splitter.ts); default true. */
  readonly guess?: boolean;
  /** Read again from the start of a run that did not parse, splitting exactly from there. */
  readonly resume?: ListResume;
  /** Buffers to read into, shared by the files of a scan, which gives each block's back once applied. */
  readonly buffers?: BlockBuffers;
}

/**
 * Streams the values of one file, in blocks of whole values (see value-block.ts). JSON Lines files
 * (`.jsonl`, `.ndjson`, optionally `.gz`) are cut at newlines; everything else by the JSON item
 * splitter, which also accepts several concatenated top-level values. Gzip is recognised by its magic
 * number, whatever the file's name. Memory holds one block plus the value being cut.
 */
export async function* readJsonItems(file: string, options: ReadOptions = {}): AsyncGenerator<ValueBlock> {
  const { onBytes, resume } = options;
  let fd: number;
  let gzip: boolean;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new UnreadableInputError(file, undefined, reasonOf(error));
  }
  const splitter = isJsonLinesFile(file) ? new JsonLinesSplitter() : new JsonItemSplitter(resume?.guess ?? options.guess ?? true, resume);
  const start = resume?.offset ?? 0;
  const cutter = new ValueCutter(splitter, start, options.buffers);
  try {
    gzip = isGzip(fd);
    if (gzip) {
      closeSync(fd);
      fd = -1;
      yield* gzipBlocks(file, cutter, start, onBytes);
    } else {
      yield* plainBlocks(fd, cutter, start, onBytes);
    }
    for (let last = cutter.end(); last !== undefined; last = cutter.end()) yield last;
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new UnreadableInputError(file, `byte ${error.offset}`, error.reason);
    if (error instanceof UnreadableInputError) throw error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Z_')) {
      throw new UnreadableInputError(file, undefined, `not a valid gzip file (${reasonOf(error)})`);
    }
    if (typeof code === 'string') throw new UnreadableInputError(file, undefined, reasonOf(error));
    throw error;
  } finally {
    if (fd !== -1) closeSync(fd);
  }
}
