import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { runCli, type JsonReport } from './run-cli';

jest.setTimeout(120_000);

const SAMPLE = join(__dirname, '..', '..', 'bin', 'sample-account', 'config-snapshot.json.gz');
/** Every rule that evaluates AWS::::Account, and the configuration keys its collector yields. */
const ACCOUNT_RULES = ['root-mfa', 'root-access-keys', 'iam-use', 'cloudtrail-enabled', 'guardduty-enabled', 'service-limits', 'inspector-enabled'];

interface RawItem {
  readonly resourceType: string;
  readonly configurationItemCaptureTime: string;
  readonly configuration: Record<string, unknown>;
  readonly [key: string]: unknown;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'config-rules-accounts-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sampleAccountItem(): RawItem {
  const snapshot = JSON.parse(gunzipSync(readFileSync(SAMPLE)).toString('utf8')) as { configurationItems: RawItem[] };
  const accounts = snapshot.configurationItems.filter((item) => item.resourceType === 'AWS::::Account');
  expect(accounts).toHaveLength(1);
  return accounts[0] as RawItem;
}

function scanAccountRules(path: string): JsonReport {
  const run = runCli(['scan', path, ...ACCOUNT_RULES.flatMap((id) => ['--rule', id]), '--format', 'json']);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonReport;
}

function accountVerdicts(report: JsonReport): string[] {
  return report.evaluations
    .filter((e) => e.ComplianceResourceType === 'AWS::::Account')
    .map((e) => `${e.ConfigRuleName} ${e.ComplianceResourceId} ${e.ComplianceType} ${e.OrderingTimestamp} ${e.Annotation ?? ''}`)
    .sort();
}

describe('several AWS::::Account items of one account and region (one per collector)', () => {
  it('are merged into one item: the same verdicts as the sample account item that holds every key', () => {
    const whole = sampleAccountItem();
    // As the collectors yield them: service-limits (AccountSummary, ServiceQuotas, Errors), cloudtrail-enabled
    // (Trails), guardduty-enabled (GuardDuty), inspector-enabled (Inspector2); a few minutes apart, the last at the sample item's own time.
    const groups = [['AccountSummary', 'ServiceQuotas', 'Errors'], ['Trails'], ['GuardDuty'], ['Inspector2']];
    const keys = Object.keys(whole.configuration);
    expect([...groups.flat()].sort()).toEqual([...keys].sort());
    const latest = Date.parse(whole.configurationItemCaptureTime);
    const parts = groups.map((group, i) => ({
      ...whole,
      configurationItemCaptureTime: new Date(latest - (groups.length - 1 - i) * 120_000).toISOString(),
      configuration: Object.fromEntries(group.map((key) => [key, whole.configuration[key]])),
    }));
    const separate = join(dir, 'separate-account-items.json');
    writeFileSync(
      separate,
      JSON.stringify({
        _source: "the sample account's AWS::::Account item split by collector, as recorded collector output would hold it",
        fileVersion: '1.0',
        configSnapshotId: 'separate-account-items',
        configurationItems: parts,
      }),
    );

    const merged = scanAccountRules(separate);
    const expected = accountVerdicts(scanAccountRules(SAMPLE));
    expect(expected).toHaveLength(ACCOUNT_RULES.length);
    expect(accountVerdicts(merged)).toEqual(expected);
    expect(merged.evaluations.map((e) => e.Annotation ?? '').join('\n')).not.toContain('Cannot evaluate');
    expect(merged.summary).toMatchObject({ itemsRead: groups.length, itemsEvaluated: 1, itemsSkipped: groups.length - 1, itemsMalformed: 0 });
    expect(merged.summary.skipped).toEqual([{ reason: 'merged-into-account-item', resourceType: 'AWS::::Account', count: groups.length - 1 }]);
  });
});
