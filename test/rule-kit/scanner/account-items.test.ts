import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compliant, type ConfigurationItem, configurationOf, defineRule, nonCompliant } from '../../../rule-kit';
import { normaliseItem } from '../../../rule-kit/testing';
import { mergeAccountItems, type HeldAccountItem } from '../../../rule-kit/scanner/account-items';
import { REPORT_ORDER, type ReportedEvaluation, type ScanReport, selectRules } from '../../../rule-kit/scanner';
import { scanFiles } from './scan-under-test';
import { item, openThingRule, snapshot } from './test-rules';

const account = (overrides: Record<string, unknown>): Record<string, unknown> =>
  item({
    resourceType: 'AWS::::Account',
    resourceId: '111122223333',
    resourceName: null,
    ARN: 'arn:aws:iam::111122223333:root',
    ...overrides,
  });

function held(raw: Record<string, unknown>, seq: number): HeldAccountItem {
  return { item: normaliseItem(raw), seq, file: 0, position: { index: seq } };
}

describe('mergeAccountItems', () => {
  it('takes the union of the top-level configuration keys and the latest capture time', () => {
    const merged = mergeAccountItems([
      held(account({ configuration: { AccountSummary: { Users: 3 } }, configurationItemCaptureTime: '2026-03-02T06:00:00.000Z' }), 0),
      held(account({ configuration: { Trails: [] }, configurationItemCaptureTime: '2026-03-02T06:05:00.000Z' }), 1),
      held(account({ configuration: { GuardDuty: { Detectors: [] } }, configurationItemCaptureTime: '2026-03-02T05:00:00.000Z' }), 2),
    ]);
    expect(merged.item.configuration).toEqual({ AccountSummary: { Users: 3 }, Trails: [], GuardDuty: { Detectors: [] } });
    expect(merged.item.configurationItemCaptureTime).toBe('2026-03-02T06:05:00.000Z');
    expect(merged.from.seq).toBe(1);
    expect(merged.count).toBe(3);
  });

  it('gives a key held by several items the value of the latest capture, whatever the input order', () => {
    const newer = held(account({ configuration: { AccountSummary: { Users: 9 } }, configurationItemCaptureTime: '2026-03-02T07:00:00.000Z' }), 0);
    const older = held(account({ configuration: { AccountSummary: { Users: 1 }, Errors: [] }, configurationItemCaptureTime: '2026-03-02T06:00:00.000Z' }), 1);
    const merged = mergeAccountItems([newer, older]);
    expect(merged.item.configuration).toEqual({ AccountSummary: { Users: 9 }, Errors: [] });
    expect(merged.item.configurationItemCaptureTime).toBe('2026-03-02T07:00:00.000Z');
  });

  it('breaks a tie of capture times by input order: the later item wins', () => {
    const first = held(account({ configuration: { AccountSummary: { Users: 1 } } }), 4);
    const second = held(account({ configuration: { AccountSummary: { Users: 2 } } }), 5);
    expect(mergeAccountItems([second, first]).item.configuration).toEqual({ AccountSummary: { Users: 2 } });
    expect(mergeAccountItems([second, first]).from).toBe(second);
  });

  it('keeps the latest item alone when it is a deletion or its configuration is not an object', () => {
    const facts = held(account({ configuration: { AccountSummary: { Users: 1 } }, configurationItemCaptureTime: '2026-03-02T06:00:00.000Z' }), 0);
    const deleted = held(
      account({ configurationItemStatus: 'ResourceDeleted', configuration: null, configurationItemCaptureTime: '2026-03-02T07:00:00.000Z' }),
      1,
    );
    expect(mergeAccountItems([facts, deleted]).item).toBe(deleted.item);
    const list = held(account({ configuration: [1, 2], configurationItemCaptureTime: '2026-03-02T07:00:00.000Z' }), 2);
    expect(mergeAccountItems([facts, list]).item).toBe(list.item);
  });

  it('ignores earlier deletions and non-object configurations', () => {
    const deleted = held(account({ configurationItemStatus: 'ResourceDeleted', configuration: null, configurationItemCaptureTime: '2026-03-02T05:00:00.000Z' }), 0);
    const facts = held(account({ configuration: { Trails: [] }, configurationItemCaptureTime: '2026-03-02T06:00:00.000Z' }), 1);
    const merged = mergeAccountItems([deleted, facts]);
    expect(merged.item.configuration).toEqual({ Trails: [] });
    expect(merged.item.configurationItemStatus).toBe('OK');
  });
});

/** Needs two keys that different collectors yield, as service-limits and cloudtrail-enabled do. */
const accountFactsRule = defineRule({
  id: 'account-facts',
  description: 'Test rule: reads keys from two collectors.',
  resourceTypes: ['AWS::::Account'],
  triggers: ['periodic'],
  parameters: {},
  permissions: [],
  evaluate(target: ConfigurationItem) {
    const configuration = configurationOf(target);
    const missing = ['Summary', 'Trails'].filter((key) => !(key in configuration));
    if (missing.length > 0) return nonCompliant(`Cannot evaluate: no ${missing.join(', ')}.`);
    return configuration['Summary'] === 'good' ? compliant(`Summary ${String(configuration['Summary'])}.`) : nonCompliant('Summary is bad.');
  },
});

describe('scan: AWS::::Account items merge per account and region', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'scan-accounts-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function evaluations(report: ScanReport): Promise<ReportedEvaluation[]> {
    const out: ReportedEvaluation[] = [];
    for (const rule of report.rules) {
      for (const compliance of REPORT_ORDER) for await (const scanned of report.evaluations(rule.id, compliance)) out.push(scanned.evaluation);
    }
    return out;
  }

  it('evaluates one merged item per account and region; other types keep latest-wins', async () => {
    const path = join(dir, 'collected.json');
    writeFileSync(
      path,
      snapshot([
        account({ configuration: { Summary: 'bad' }, configurationItemCaptureTime: '2026-03-02T06:00:00.000Z' }),
        item({ resourceId: 'thing', configuration: { open: true }, configurationItemCaptureTime: '2026-03-02T06:00:00.000Z' }),
        account({ configuration: { Trails: [] }, configurationItemCaptureTime: '2026-03-02T06:01:00.000Z' }),
        account({ awsRegion: 'us-east-1', configuration: { Summary: 'good' } }),
        item({ resourceId: 'thing', configuration: {}, configurationItemCaptureTime: '2026-03-02T07:00:00.000Z' }),
        account({ configuration: { Summary: 'good' }, configurationItemCaptureTime: '2026-03-02T06:02:00.000Z' }),
        account({ awsAccountId: '444455556666', resourceId: '444455556666', configuration: { Summary: 'good', Trails: [] } }),
      ]),
    );
    const report = await scanFiles({ files: [path], rules: selectRules([accountFactsRule, openThingRule]).selected });
    const seen = (await evaluations(report)).map(
      (e) => `${e.ConfigRuleName} ${e.ComplianceResourceId} ${e.ComplianceType} ${e.OrderingTimestamp} ${e.Annotation ?? ''}`,
    );
    expect(seen.sort()).toEqual([
      'account-facts 111122223333 COMPLIANT 2026-03-02T06:02:00.000Z Summary good.',
      // us-east-1 has only its own item: merging never crosses regions.
      'account-facts 111122223333 NON_COMPLIANT 2026-03-02T09:00:00.000Z Cannot evaluate: no Trails.',
      'account-facts 444455556666 COMPLIANT 2026-03-02T09:00:00.000Z Summary good.',
      // The later thing has no `open` key: latest-wins, not merged with the earlier item's keys.
      'thing-not-open thing NON_COMPLIANT 2026-03-02T07:00:00.000Z Cannot evaluate: AWS::Test::Thing thing: configuration.open is not a boolean',
    ].sort());
    expect(report.summary).toMatchObject({ itemsRead: 7, itemsEvaluated: 4, itemsSkipped: 3, itemsMalformed: 0 });
    expect([...report.summary.skipped].sort((a, b) => a.reason.localeCompare(b.reason))).toEqual([
      { reason: 'merged-into-account-item', resourceType: 'AWS::::Account', count: 2 },
      { reason: 'superseded-by-later-item', resourceType: 'AWS::Test::Thing', count: 1 },
    ]);
  });

  it('counts account items as skipped, one by one, when no selected rule evaluates them', async () => {
    const path = join(dir, 'only-accounts.json');
    writeFileSync(path, snapshot([account({ configuration: { Summary: 'good' } }), account({ configuration: { Trails: [] } })]));
    const report = await scanFiles({ files: [path], rules: selectRules([openThingRule]).selected });
    expect(report.summary).toMatchObject({ itemsRead: 2, itemsEvaluated: 0, itemsSkipped: 2 });
    expect(report.summary.skipped).toEqual([{ reason: 'no-selected-rule-for-type', resourceType: 'AWS::::Account', count: 2 }]);
  });
});
