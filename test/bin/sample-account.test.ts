import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type JsonReport } from './run-cli';

jest.setTimeout(120_000);

const EXPECTED = join(__dirname, 'sample-account.expected.json');

/** What is compared: counts per rule and per item outcome. See README.md next to this test. */
function countsOf(report: JsonReport): unknown {
  const { summary } = report;
  return {
    itemsRead: summary.itemsRead,
    itemsEvaluated: summary.itemsEvaluated,
    itemsSkipped: summary.itemsSkipped,
    itemsMalformed: summary.itemsMalformed,
    skipped: [...summary.skipped].sort((a, b) => a.resourceType.localeCompare(b.resourceType)),
    compliance: summary.compliance,
    byRule: summary.byRule,
  };
}

describe('config-rules scan without PATH (the sample account)', () => {
  it('gives the committed counts per rule, and exits 1 because the sample has exposed resources', () => {
    const run = runCli(['scan', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const actual = countsOf(JSON.parse(run.stdout) as JsonReport);
    if (process.env['UPDATE_SAMPLE_EXPECTED'] === '1') writeFileSync(EXPECTED, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(EXPECTED, 'utf8')));
  });
});
