import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type JsonReport } from './run-cli';

jest.setTimeout(120_000);

const EXPECTED = join(__dirname, 'sample-account.expected.json');

type Counts = Readonly<Record<string, number>>;

/**
 * The per-rule counts, less rules the committed file does not know that evaluated nothing here: a rule
 * just added (`config-rules new`) for a type the sample account does not hold leaves the counts as they
 * were, while one that does evaluate sample items shows up as a difference to review.
 */
function knownRules(byRule: Readonly<Record<string, Counts>>, expected: Readonly<Record<string, unknown>>): Record<string, Counts> {
  return Object.fromEntries(
    Object.entries(byRule).filter(([id, counts]) => id in expected || Object.values(counts).some((count) => count !== 0)),
  );
}

/** What is compared: counts per rule and per item outcome. See README.md next to this test. */
function countsOf(report: JsonReport, expectedByRule?: Readonly<Record<string, unknown>>): unknown {
  const { summary } = report;
  return {
    itemsRead: summary.itemsRead,
    itemsEvaluated: summary.itemsEvaluated,
    itemsSkipped: summary.itemsSkipped,
    itemsMalformed: summary.itemsMalformed,
    skipped: [...summary.skipped].sort((a, b) => a.resourceType.localeCompare(b.resourceType)),
    compliance: summary.compliance,
    byRule: expectedByRule === undefined ? summary.byRule : knownRules(summary.byRule, expectedByRule),
  };
}

describe('config-rules scan without PATH (the sample account)', () => {
  it('gives the committed counts per rule, and exits 1 because the sample has exposed resources', () => {
    const run = runCli(['scan', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    if (process.env['UPDATE_SAMPLE_EXPECTED'] === '1') writeFileSync(EXPECTED, `${JSON.stringify(countsOf(report), null, 2)}\n`);
    const expected = JSON.parse(readFileSync(EXPECTED, 'utf8')) as { byRule: Record<string, unknown> };
    expect(countsOf(report, expected.byRule)).toEqual(expected);
  });
});
