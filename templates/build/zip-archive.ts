import { unzipSync, zipSync, type ZipOptions, type Zippable } from 'fflate';
import { ZipEntryError } from './errors';

/** One file in a zip. */
export interface ZipEntry {
  /** Relative path with `/` separators, e.g. `index.js`. */
  readonly name: string;
  readonly data: Uint8Array;
}

/**
 * fflate writes the entry time from the Date's *local* fields, so a Date built from local fields reads
 * back as 1980-01-01 00:00 (the DOS epoch) in every time zone.
 */
const dosEpoch = (): Date => new Date(1980, 0, 1, 0, 0, 0);
const UNIX = 3;
const REGULAR_FILE_0644 = 0o100644;

/** Everything fflate would take from the machine or the clock, fixed: time, mode, creator OS, compressor. */
const fixedOptions = (): ZipOptions => ({ level: 9, mtime: dosEpoch(), os: UNIX, attrs: (REGULAR_FILE_0644 << 16) >>> 0 });

function checkName(name: string): void {
  if (name === '' || name.startsWith('/') || name.includes('\\')) throw new ZipEntryError(name, 'must be a relative path with / separators');
  if (name.split('/').some((part) => part === '' || part === '.' || part === '..')) throw new ZipEntryError(name, 'must not contain empty, "." or ".." segments');
  // fflate lays entries out in the object's key order; integer-like keys would jump ahead of the sorted order.
  if (/^(0|[1-9]\d*)$/.test(name)) throw new ZipEntryError(name, 'must not be a bare number');
}

/**
 * A reproducible zip written by fflate: entries sorted by name, the DOS-epoch timestamp, mode 0644,
 * deflate level 9, no extra fields. The same entries give the same bytes on any machine, in any time
 * zone, whatever the input order or the files' timestamps on disk.
 */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: Zippable = {};
  for (const [index, entry] of sorted.entries()) {
    checkName(entry.name);
    if (index > 0 && sorted[index - 1]?.name === entry.name) throw new ZipEntryError(entry.name, 'appears twice');
    files[entry.name] = [entry.data, fixedOptions()];
  }
  return Buffer.from(zipSync(files));
}

/** The entries of a zip (store or deflate), in the archive's order: how tests and the benchmark unpack bundles. */
export function readZip(zip: Uint8Array): ZipEntry[] {
  return Object.entries(unzipSync(zip)).map(([name, data]) => ({ name, data: Buffer.from(data.buffer, data.byteOffset, data.byteLength) }));
}
