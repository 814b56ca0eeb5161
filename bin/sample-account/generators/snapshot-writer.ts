import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import type { Writable } from 'node:stream';
import type { RawItem } from './envelope';

export interface SnapshotFileOptions {
  readonly path: string;
  readonly configSnapshotId: string;
  readonly gzip: boolean;
  /** Pretty-printed (the committed sample, readable in review) or compact (as Config writes it). */
  readonly pretty: boolean;
}

/**
 * Writes items as a Config snapshot file: `{"fileVersion":"1.0","configSnapshotId":...,
 * "configurationItems":[...]}` (AWS Config developer guide, "Example Configuration Snapshot"),
 * streaming, so any number of items can be written. Returns the number of bytes of JSON written.
 */
export async function writeSnapshotFile(items: Iterable<RawItem>, options: SnapshotFileOptions): Promise<number> {
  const file = createWriteStream(options.path);
  const gzip = options.gzip ? createGzip({ level: 9 }) : undefined;
  const out: Writable = gzip ?? file;
  if (gzip !== undefined) gzip.pipe(file);
  let bytes = 0;
  let pending: string[] = [];
  let size = 0;
  const write = async (text: string): Promise<void> => {
    pending.push(text);
    size += text.length;
    bytes += Buffer.byteLength(text);
    if (size < 1 << 20) return;
    const chunk = pending.join('');
    pending = [];
    size = 0;
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const indent = options.pretty ? 2 : undefined;
  await write(`{"fileVersion":"1.0","configSnapshotId":${JSON.stringify(options.configSnapshotId)},"configurationItems":[`);
  let first = true;
  for (const item of items) {
    const text = JSON.stringify(item, null, indent);
    await write(`${first ? '' : ','}${options.pretty ? '\n' : ''}${text}`);
    first = false;
  }
  await write(`${options.pretty ? '\n' : ''}]}\n`);
  out.end(pending.join(''));
  await once(file, 'finish');
  return bytes;
}
