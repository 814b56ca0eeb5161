/**
 * Writes the sample account (bin/sample-account/config-snapshot.json.gz): a deterministic Config
 * snapshot of a few hundred resources, what `config-rules scan` reads without a PATH.
 * Run: npx tsx bin/sample-account/generate.ts
 */
import { join } from 'node:path';
import { accountItems } from './generators/account-items';
import { writeSnapshotFile } from './generators/snapshot-writer';

export const SAMPLE_SEED = 20260302;
export const SAMPLE_TOTAL = 335;
export const SAMPLE_ACCOUNT = { accountId: '111122223333', region: 'eu-west-1', captureTime: '2026-03-02T06:00:00.000Z' };

async function main(): Promise<void> {
  const path = join(__dirname, 'config-snapshot.json.gz');
  const items = accountItems({ seed: SAMPLE_SEED, total: SAMPLE_TOTAL, account: SAMPLE_ACCOUNT, relatedLast: true });
  const bytes = await writeSnapshotFile(items, { path, configSnapshotId: 'sample-account-2026-03-02', gzip: true, pretty: true });
  process.stdout.write(`wrote ${path} (${SAMPLE_TOTAL} items, ${bytes} bytes of JSON)\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
