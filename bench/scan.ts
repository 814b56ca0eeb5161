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
 *            --runs N (floor and each variant measured N times, alternating; default 5, 1 with --large),
 *            --variants LIST (comma-separated paths to other checkouts, whose CLIs are run the same
 *              way, in the same rounds: before/after figures, or a checkout with a speed-only part
 *              added or removed, which the project keeps only if it saves at least 20 %)
 *
 * This machine is shared and noisy (the floor of one file moved between 0.6 s and 1.1 s from one run to
 * the next), so both are measured several times, alternating, and the ratio is given for the fastest
 * of each (the floor at its fastest is the strictest target) and for the medians.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
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

/** A CLI to measure: this checkout's, or another checkout's (before/after, a speed-only part added or removed). */
interface Variant {
  readonly label: string;
  readonly cli: string;
}

const TARGET_RATIO = 2.5;
const TARGET_RSS_MB = 300;
const THIS_CLI = join(__dirname, '..', 'bin', 'config-rules.js');
function variantOf(checkout: string): Variant {
  const cli = join(checkout, 'bin', 'config-rules.js');
  if (!existsSync(cli)) throw new RangeError(`--variants: ${checkout} is not a checkout with bin/config-rules.js`);
  return { label: checkout, cli };
}

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

const times = (seconds: readonly number[]): string => seconds.map((value) => value.toFixed(2)).join(', ');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      items: { type: 'string' },
      large: { type: 'boolean' },
      format: { type: 'string' },
      keep: { type: 'boolean' },
      'related-first': { type: 'boolean' },
      runs: { type: 'string' },
      variants: { type: 'string' },
    },
  });
  const runs = Number(values.runs ?? (values.large === true ? 1 : 5));
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`--runs must be a whole number of at least 1 (got ${values.runs ?? ''})`);
  const total = values.large === true ? 1_000_000 : Number(values.items ?? 100_000);
  if (!Number.isInteger(total) || total < 20) throw new RangeError(`--items must be a whole number of at least 20 (got ${values.items ?? ''})`);
  const format = values.format ?? 'json';
  const others = (values.variants ?? '').split(',').filter((name) => name !== '');
  const variants: Variant[] = [{ label: 'this checkout', cli: THIS_CLI }, ...others.map(variantOf)];
  const dir = mkdtempSync(join(tmpdir(), 'config-rules-bench-'));
  const input = join(dir, 'snapshot.json');
  const output = (at: number): string => join(dir, `report-${at}.${format}`);
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

    // Builds each CLI's bundle if stale, so the measured runs do not include the one-off build.
    for (const cli of new Set(variants.map((variant) => variant.cli))) execFileSync(process.execPath, [cli, '--help'], { stdio: 'ignore' });
    const floors: FloorResult[] = [];
    const scans: ScanResult[][] = variants.map(() => []);
    for (let run = 0; run < runs; run += 1) {
      floors.push(runChild<FloorResult>('parse-floor.ts', [input], ['--max-old-space-size=16384']));
      for (const [at, variant] of variants.entries()) {
        scans[at]?.push(runChild<ScanResult>('scan-child.js', [variant.cli, 'scan', input, '--format', format, '--output', output(at)]));
      }
    }
    const floor = floors.reduce((best, next) => (next.parseSeconds < best.parseSeconds ? next : best));
    const floorMedian = median(floors.map((result) => result.parseSeconds));
    const floorNote = floor.chunked
      ? ` (file exceeds V8's max string length of ${floor.maxString.toLocaleString('en-US')} characters: parsed in ${floor.pieces ?? 0} pieces)`
      : '';
    log(`floor  JSON.parse: fastest ${floor.parseSeconds.toFixed(2)} s, median ${floorMedian.toFixed(2)} s of ${runs} (${times(floors.map((result) => result.parseSeconds))})${floorNote}; read ${floor.readSeconds.toFixed(2)} s, decode ${floor.decodeSeconds.toFixed(2)} s (not counted)`);
    const defaultMedian = median((scans[0] ?? []).map((result) => result.seconds));
    for (const [at, variant] of variants.entries()) {
      const results = scans[at] ?? [];
      const fastest = results.reduce((best, next) => (next.seconds < best.seconds ? next : best));
      const scanMedian = median(results.map((result) => result.seconds));
      const ratio = fastest.seconds / floor.parseSeconds;
      const rssMb = Math.max(...results.map((result) => result.maxRssKb)) / 1024;
      const same = at === 0 ? '' : readFileSync(output(at)).equals(readFileSync(output(0))) ? ', report identical to this checkout\'s' : ', REPORT DIFFERS from this checkout\'s';
      log(`scan   ${variant.label}: fastest ${fastest.seconds.toFixed(2)} s (CPU ${fastest.cpuSeconds.toFixed(2)} s), median ${scanMedian.toFixed(2)} s of ${runs} (${times(results.map((result) => result.seconds))}), exit ${fastest.status}, report ${(statSync(output(at)).size / 2 ** 20).toFixed(0)} MiB${same}`);
      log(`       ratio ${ratio.toFixed(2)}x the bare parse fastest to fastest (target <= ${TARGET_RATIO}x) ${ratio <= TARGET_RATIO ? 'OK' : 'MISSED'}; medians ${(scanMedian / floorMedian).toFixed(2)}x; ${Math.round(total / fastest.seconds).toLocaleString('en-US')} items/s; peak RSS ${rssMb.toFixed(0)} MB, the highest of ${runs} (target < ${TARGET_RSS_MB} MB at 1,000,000 items) ${rssMb < TARGET_RSS_MB ? 'OK' : 'MISSED'}`);
      if (at > 0) log(`       this checkout's median is ${((1 - defaultMedian / scanMedian) * 100).toFixed(0)} % below this one's (a speed-only part stays if it saves >= 20 %)`);
    }
    if (values.keep === true) log(`kept ${dir}`);
  } finally {
    if (values.keep !== true) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
