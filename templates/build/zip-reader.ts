import { inflateRawSync } from 'node:zlib';
import { crc32 } from './crc32';
import { ZipFormatError } from './errors';
import type { ZipEntry } from './zip-writer';

/** What the central directory says about an entry, besides its content. */
export interface ZipEntryInfo extends ZipEntry {
  readonly method: number;
  readonly unixMode: number;
  readonly dosTime: number;
  readonly dosDate: number;
}

const METHOD_STORE = 0;
const METHOD_DEFLATE = 8;

function findEndOfCentralDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) return at;
  }
  throw new ZipFormatError(zip.length, 'no end-of-central-directory record');
}

/**
 * Reads a zip through its central directory and checks every CRC. Enough for the archives the build
 * writes (and common tools write: store or deflate, no zip64, no encryption), so tests and the cold-start
 * benchmark can unpack bundles without a dependency.
 */
export function readZip(zip: Buffer): ZipEntryInfo[] {
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntryInfo[] = [];
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new ZipFormatError(at, 'expected a central directory header');
    const flags = zip.readUInt16LE(at + 8);
    if (flags & 0x1) throw new ZipFormatError(at, 'encrypted entries are not supported');
    const method = zip.readUInt16LE(at + 10);
    const dosTime = zip.readUInt16LE(at + 12);
    const dosDate = zip.readUInt16LE(at + 14);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const external = zip.readUInt32LE(at + 38);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (zip.readUInt32LE(localOffset) !== 0x04034b50) throw new ZipFormatError(localOffset, `expected the local header of ${name}`);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    let data: Buffer;
    if (method === METHOD_DEFLATE) data = inflateRawSync(raw);
    else if (method === METHOD_STORE) data = Buffer.from(raw);
    else throw new ZipFormatError(at, `compression method ${method} of ${name} is not supported`);
    if (data.length !== size) throw new ZipFormatError(at, `${name} inflates to ${data.length} bytes, not ${size}`);
    if (crc32(data) !== crc) throw new ZipFormatError(at, `${name} fails its CRC-32 check`);
    entries.push({ name, data, method, unixMode: external >>> 16, dosTime, dosDate });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
