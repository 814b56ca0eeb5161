import { deflateRawSync } from 'node:zlib';
import { crc32 } from './crc32';
import { ZipEntryError } from './errors';

/** One file to put in a zip. */
export interface ZipEntry {
  /** Relative path with `/` separators, e.g. `index.js`. */
  readonly name: string;
  readonly data: Uint8Array;
}

// Everything that could vary between machines or runs is fixed, so equal inputs give equal bytes:
// entry order (sorted by name), the timestamp (the DOS epoch, 1980-01-01 00:00), the file mode
// (regular file, 0644), the compressor settings, and no extra fields or comments.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // year 1980 + 0, January, day 1
const UNIX_FILE_MODE = 0o100644;
const VERSION_NEEDED = 20; // 2.0: deflate
const VERSION_MADE_BY = (3 << 8) | VERSION_NEEDED; // 3 = Unix, so external attributes carry the mode
const FLAG_UTF8_NAMES = 0x0800;
const METHOD_DEFLATE = 8;
const DEFLATE_LEVEL = 9;
const MAX_32 = 0xffffffff;

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50;

function checkName(name: string): void {
  if (name === '' || name.startsWith('/') || name.includes('\\')) {
    throw new ZipEntryError(name, 'must be a relative path with / separators');
  }
  if (name.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new ZipEntryError(name, 'must not contain empty, "." or ".." segments');
  }
}

interface Prepared {
  readonly name: Buffer;
  readonly crc: number;
  readonly size: number;
  readonly compressed: Buffer;
  offset: number;
}

function localHeader(entry: Prepared): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_HEADER_SIGNATURE, 0);
  header.writeUInt16LE(VERSION_NEEDED, 4);
  header.writeUInt16LE(FLAG_UTF8_NAMES, 6);
  header.writeUInt16LE(METHOD_DEFLATE, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.compressed.length, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, entry.name]);
}

function centralHeader(entry: Prepared): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL_HEADER_SIGNATURE, 0);
  header.writeUInt16LE(VERSION_MADE_BY, 4);
  header.writeUInt16LE(VERSION_NEEDED, 6);
  header.writeUInt16LE(FLAG_UTF8_NAMES, 8);
  header.writeUInt16LE(METHOD_DEFLATE, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.compressed.length, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt16LE(0, 30); // extra field length
  header.writeUInt16LE(0, 32); // comment length
  header.writeUInt16LE(0, 34); // disk number
  header.writeUInt16LE(0, 36); // internal attributes
  header.writeUInt32LE((UNIX_FILE_MODE << 16) >>> 0, 38);
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}

/**
 * A reproducible zip (deflate, no zip64): the same entries give byte-identical output on any machine,
 * in any time zone, whatever the input order or the files' timestamps on disk.
 */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const prepared: Prepared[] = [];
  for (const [index, entry] of sorted.entries()) {
    checkName(entry.name);
    if (index > 0 && sorted[index - 1]?.name === entry.name) throw new ZipEntryError(entry.name, 'appears twice');
    if (entry.data.length > MAX_32) throw new ZipEntryError(entry.name, 'is too large for a zip without zip64');
    prepared.push({
      name: Buffer.from(entry.name, 'utf8'),
      crc: crc32(entry.data),
      size: entry.data.length,
      compressed: deflateRawSync(entry.data, { level: DEFLATE_LEVEL }),
      offset: 0,
    });
  }
  const parts: Buffer[] = [];
  let offset = 0;
  for (const entry of prepared) {
    entry.offset = offset;
    const header = localHeader(entry);
    parts.push(header, entry.compressed);
    offset += header.length + entry.compressed.length;
  }
  const centralStart = offset;
  for (const entry of prepared) {
    const header = centralHeader(entry);
    parts.push(header);
    offset += header.length;
  }
  if (offset > MAX_32 || prepared.length > 0xffff) throw new ZipEntryError('(archive)', 'is too large for a zip without zip64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY_SIGNATURE, 0);
  end.writeUInt16LE(0, 4);
  end.writeUInt16LE(0, 6);
  end.writeUInt16LE(prepared.length, 8);
  end.writeUInt16LE(prepared.length, 10);
  end.writeUInt32LE(offset - centralStart, 12);
  end.writeUInt32LE(centralStart, 16);
  end.writeUInt16LE(0, 20);
  parts.push(end);
  return Buffer.concat(parts);
}
