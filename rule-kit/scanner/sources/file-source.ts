import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ByteInput, InputFailure, ScanInput, ScanSource } from '../source';

/** What a folder walk picks up: Config's files, and the writability check object so it is counted as skipped. */
const INPUT_NAME = /\.(json|jsonl|ndjson)(\.gz)?$/i;
const JSON_LINES_NAME = /\.(jsonl|ndjson)(\.gz)?$/i;
/** Config writes this object (no extension) beside the snapshots to check it may write to the bucket. */
export const WRITABILITY_CHECK_NAME = 'ConfigWritabilityCheckFile';
/** Bytes per read: reads are copied into the splitter's blocks, so larger ones only cost memory. */
const READ_BYTES = 1 << 16;

export function isJsonLinesName(name: string): boolean {
  return JSON_LINES_NAME.test(name);
}

/**
 * Files and folders: each file named as is (whatever its extension), and every `.json`, `.jsonl`,
 * `.ndjson` (optionally `.gz`) under each folder, recursively (Config's S3 layout nests snapshots by
 * account, Region and date), sorted so scans are reproducible. A path that does not exist, or a folder
 * with no such file, is an input failure: listed in the report, never skipped silently.
 *
 * @example
 * const report = await scan(fileSource(['snapshot.json.gz', './AWSLogs']), { rules: selectRules(rules).selected });
 */
export function fileSource(paths: readonly string[]): ScanSource {
  return {
    name: 'files',
    async *inputs(): AsyncGenerator<ScanInput> {
      for (const path of paths) {
        let info;
        try {
          info = await stat(path);
        } catch (error) {
          yield failure(path, error);
          continue;
        }
        if (!info.isDirectory()) {
          yield fileInput(path, info.size);
          continue;
        }
        let found = 0;
        for await (const file of walk(path)) {
          found += 1;
          yield fileInput(file.path, file.size);
        }
        if (found === 0) {
          yield { kind: 'failure', name: path, code: 'NoInputFiles', message: 'the folder holds no .json, .json.gz or .jsonl file' };
        }
      }
    },
  };
}

/**
 * One file as a byte input.
 *
 * @example
 * const input = fileInput('snapshot.json.gz', statSync('snapshot.json.gz').size);
 */
export function fileInput(path: string, size?: number): ByteInput {
  return {
    kind: 'bytes',
    name: path,
    ...(size === undefined ? {} : { size }),
    jsonLines: isJsonLinesName(path),
    open: async () => createReadStream(path, { highWaterMark: READ_BYTES }),
  };
}

function failure(path: string, error: unknown): InputFailure {
  const code = (error as { code?: unknown } | undefined)?.code;
  return {
    kind: 'failure',
    name: path,
    code: typeof code === 'string' ? code : error instanceof Error ? error.name : 'Error',
    message: error instanceof Error ? error.message : String(error),
  };
}

async function* walk(dir: string): AsyncGenerator<{ path: string; size: number }> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && (INPUT_NAME.test(entry.name) || basename(entry.name) === WRITABILITY_CHECK_NAME)) yield { path, size: (await stat(path)).size };
  }
}
