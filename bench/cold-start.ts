/**
 * `npm run bench:cold-start`: for each zip in dist/, the median wall-clock time of a fresh `node` process
 * that loads the bundle (Lambda's init), against bare `node -e 0` in the same run, and the zip size.
 * Runs are interleaved (bare, then each bundle, per round) so machine noise hits all alike.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { readZip } from '../templates/build';
import { BARE, formatSummary, LOAD_BUNDLE, parseBenchArgs, summarise, timeNode, type BundleTiming } from './cold-start/index';

function unpack(zipPath: string): string {
  const dir = mkdtempSync(join(tmpdir(), `cold-start-${basename(zipPath, '.zip')}-`));
  for (const entry of readZip(readFileSync(zipPath))) {
    mkdirSync(dirname(join(dir, entry.name)), { recursive: true });
    writeFileSync(join(dir, entry.name), entry.data);
  }
  return dir;
}

function main(): void {
  const options = parseBenchArgs(process.argv.slice(2));
  const dist = resolve(process.cwd(), options.dist);
  const zips = readdirSync(dist)
    .filter((name) => name.endsWith('.zip'))
    .sort();
  if (zips.length === 0) {
    process.stderr.write(`No zips in ${dist}: run npm run build first.\n`);
    process.exitCode = 1;
    return;
  }
  const bundles = zips.map((name) => ({ id: basename(name, '.zip'), zipBytes: statSync(join(dist, name)).size, dir: unpack(join(dist, name)) }));
  const bareDir = mkdtempSync(join(tmpdir(), 'cold-start-bare-'));
  const bare: number[] = [];
  const samples = new Map<string, number[]>(bundles.map((bundle) => [bundle.id, []]));
  for (let round = 0; round < options.warmup + options.runs; round++) {
    const measured = round >= options.warmup;
    const bareMs = timeNode(BARE, bareDir);
    if (measured) bare.push(bareMs);
    for (const bundle of bundles) {
      const ms = timeNode(LOAD_BUNDLE, bundle.dir);
      if (measured) samples.get(bundle.id)?.push(ms);
    }
  }
  const timings: BundleTiming[] = bundles.map((bundle) => ({ id: bundle.id, zipBytes: bundle.zipBytes, samples: samples.get(bundle.id) ?? [] }));
  const summary = summarise(bare, timings);
  process.stdout.write(`Node ${process.version}, ${options.runs} runs after ${options.warmup} warm-up runs\n\n${formatSummary(summary)}\n`);
  if (options.check && !summary.meetsTargets) process.exitCode = 1;
}

main();
