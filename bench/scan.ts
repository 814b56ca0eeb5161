/**
 * The scanner benchmark: writes a synthetic Config snapshot of realistic items (the sample account's
 * generators, seeded), then reports in one run the scanner's time, the floor (a bare JSON.parse of the
 * same bytes), their ratio, items per second and the scanner's peak RSS. Each measurement runs in its
 * own child process; the scanner is the CLI as users run it (`node bin/config-rules.js scan FILE
 * --format json --output REPORT`), start-up and report writing included.
 *
 *   npx tsx bench/scan.ts                 100,000 items
 *   npx tsx bench/scan.ts --large         1,000,000 items (same as --items 1000000)
 *   options: --items N, --format json|table|sarif|junit (scanner output, default json), --keep,
 *            --related-first (account-level S3 block before the buckets; default after),
 *            --runs N (floor and scan each measured N times, alternating; default 5, 1 with --large)
 *
 * This machine is shared and noisy (the floor of one file moved between 0.6 s and 1.1 s from one run to
 * the next), so both are measured several times, alternating, and the ratio is given for the fastest
 * of each (the floor at its fastest is the strictest target) and for the medians.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { accountItems } from '../bin/sample-account/generators/account-items';
import { writeSnapshotFile } from '../bin/sample-account/generators/snapshot-writer';
import { median } from './statistics';

interface ScanResult {
  readonly status: number;
  readonly seconds: number;
  /** User + system CPU time of the scanner's process: steadier than wall time on a shared machine. */
  readonly cpuSeconds: number;
  readonly maxRssKb: number;
}

interface FloorResult {
  readonly chunked: boolean;
  readonly pieces?: number;
  readonly maxString: number;
  readonly readSeconds: number;
  readonly decodeSeconds: number;
  readonly parseSeconds: number;
  readonly items: number;
}

const TARGET_RATIO = 2;
const TARGET_RSS_MB = 300;

function runChild<T>(script: string, args: readonly string[], nodeOptions: readonly string[] = []): T {
  const loader = script.endsWith('.ts') ? ['-r', 'tsx/cjs'] : [];
  const nodeArgs = [...nodeOptions, ...loader, join(__dirname, script), ...args];
  // spawnSync, not execFileSync: the scan exits 1 when it finds something, which is not a failure here.
  const child = spawnSync(process.execPath, nodeArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  if (child.error !== undefined) throw child.error;
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (last === '') throw new Error(`${script} printed no result (exit ${String(child.status)})`);
  return JSON.parse(last) as T;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      items: { type: 'string' },
      large: { type: 'boolean' },
      format: { type: 'string' },
      keep: { type: 'boolean' },
      'related-first': { type: 'boolean' },
      runs: { type: 'string' },
    },
  });
  const runs = Number(values.runs ?? (values.large === true ? 1 : 5));
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`--runs must be a whole number of at least 1 (got ${values.runs ?? ''})`);
  const total = values.large === true ? 1_000_000 : Number(values.items ?? 100_000);
  if (!Number.isInteger(total) || total < 20) throw new RangeError(`--items must be a whole number of at least 20 (got ${values.items ?? ''})`);
  const format = values.format ?? 'json';
  const dir = mkdtempSync(join(tmpdir(), 'config-rules-bench-'));
  const input = join(dir, 'snapshot.json');
  const output = join(dir, `report.${format}`);
  try {
    const log = (text: string): boolean => process.stdout.write(`${text}\n`);
    log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}`);
    const generated = Date.now();
    const items = accountItems({
      seed: 4242,
      total,
      account: { accountId: '111122223333', region: 'eu-west-1', captureTime: '2026-03-02T06:00:00.000Z' },
      relatedLast: values['related-first'] !== true,
    });
    const bytes = await writeSnapshotFile(items, { path: input, configSnapshotId: 'bench', gzip: false, pretty: false });
    log(`generated ${total.toLocaleString('en-US')} items, ${(bytes / 2 ** 20).toFixed(0)} MiB of JSON in ${((Date.now() - generated) / 1000).toFixed(1)} s: ${input}`);

    // Builds the CLI bundle if stale, so the measured runs do not include the one-off build.
    execFileSync(process.execPath, [join(__dirname, '..', 'bin', 'config-rules.js'), '--help'], { stdio: 'ignore' });
    const floors: FloorResult[] = [];
    const scans: ScanResult[] = [];
    for (let run = 0; run < runs; run += 1) {
      floors.push(runChild<FloorResult>('parse-floor.ts', [input], ['--max-old-space-size=16384']));
      scans.push(runChild<ScanResult>('scan-child.js', ['scan', input, '--format', format, '--output', output]));
    }
    const floor = floors.reduce((best, next) => (next.parseSeconds < best.parseSeconds ? next : best));
    const scan = scans.reduce((best, next) => (next.seconds < best.seconds ? next : best));
    const floorMedian = median(floors.map((result) => result.parseSeconds));
    const scanMedian = median(scans.map((result) => result.seconds));
    const ratio = scan.seconds / floor.parseSeconds;
    const rssMb = Math.max(...scans.map((result) => result.maxRssKb)) / 1024;
    const floorNote = floor.chunked
      ? ` (file exceeds V8's max string length of ${floor.maxString.toLocaleString('en-US')} characters: parsed in ${floor.pieces ?? 0} pieces)`
      : '';
    const times = (seconds: readonly number[]): string => seconds.map((value) => value.toFixed(2)).join(', ');
    log(`floor  JSON.parse: fastest ${floor.parseSeconds.toFixed(2)} s, median ${floorMedian.toFixed(2)} s of ${runs} (${times(floors.map((result) => result.parseSeconds))})${floorNote}; read ${floor.readSeconds.toFixed(2)} s, decode ${floor.decodeSeconds.toFixed(2)} s (not counted)`);
    log(`scan   config-rules scan --format ${format}: fastest ${scan.seconds.toFixed(2)} s (CPU ${scan.cpuSeconds.toFixed(2)} s), median ${scanMedian.toFixed(2)} s of ${runs} (${times(scans.map((result) => result.seconds))}), exit ${scan.status}, report ${(statSync(output).size / 2 ** 20).toFixed(0)} MiB`);
    log(`ratio  ${ratio.toFixed(2)}x the bare parse, fastest to fastest (target <= ${TARGET_RATIO}x) ${ratio <= TARGET_RATIO ? 'OK' : 'MISSED'}; medians ${(scanMedian / floorMedian).toFixed(2)}x`);
    log(`rate   ${Math.round(total / scan.seconds).toLocaleString('en-US')} items/s`);
    log(`memory peak RSS of the scanner ${rssMb.toFixed(0)} MB, the highest of ${runs} (target < ${TARGET_RSS_MB} MB for 1,000,000 items) ${rssMb < TARGET_RSS_MB ? 'OK' : 'MISSED'}`);
    if (values.keep === true) log(`kept ${dir}`);
  } finally {
    if (values.keep !== true) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
