import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UnreadableInputError } from './scan-errors';

const INPUT_NAME = /\.(json|jsonl|ndjson)(\.gz)?$/i;

/**
 * The files to scan: each file named as is (whatever its extension), and every `.json`, `.jsonl`,
 * `.ndjson` (optionally `.gz`) under each folder, recursively (Config's S3 layout nests snapshots by
 * account, region and date), sorted so scans are reproducible. A path that does not exist, or a
 * folder with no such file, is an error: nothing is skipped silently.
 */
export async function listInputFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new UnreadableInputError(path, undefined, error instanceof Error ? error.message : String(error));
    }
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const found = await walk(path);
    if (found.length === 0) throw new UnreadableInputError(path, undefined, 'the folder holds no .json, .json.gz or .jsonl file');
    files.push(...found);
  }
  return files;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && INPUT_NAME.test(entry.name)) out.push(path);
  }
  return out;
}
