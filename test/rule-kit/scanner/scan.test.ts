import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ComplianceType } from '../../../rule-kit';
import { DeferredItems } from '../../../rule-kit/scanner/deferred-items';
import {
  MemoryEvaluationStore,
  REPORT_ORDER,

  selectRules,
  SpoolEvaluationStore,
  fileSource,
  isInputError,
  scan,
  type EvaluationStore,
  type InputFailure,
  type ItemInput,
  type ScanInput,
  type ScanSource,
  type ReportedEvaluation,
  type ScanReport,
} from '../../../rule-kit/scanner';
import { buggyRule, guardedThingRule, guardedWhenOpenRule, item, openThingRule, snapshot, testRules } from './test-rules';
import { renderJson, scanFiles } from './scan-under-test';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scan-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function all(report: ScanReport): Promise<ReportedEvaluation[]> {
  const out: ReportedEvaluation[] = [];
  for (const rule of report.rules) {
    for (const compliance of REPORT_ORDER) for await (const scanned of report.evaluations(rule.id, compliance)) out.push(scanned.evaluation);
  }
  return out;
}

function verdicts(evaluations: readonly ReportedEvaluation[]): string[] {
  return evaluations.map((e) => `${e.ConfigRuleName} ${e.ComplianceResourceId} ${e.ComplianceType}`).sort();
}

const guard = (on: boolean, extra: Record<string, unknown> = {}): Record<string, unknown> =>
  item({ resourceType: 'AWS::Test::Guard', resourceId: '111122223333', configuration: { on }, ...extra });

describe('scan', () => {
  const run = (files: string[], store?: EvaluationStore, deferBudgetBytes?: number): Promise<ScanReport> =>
    scanFiles({
      files,
      rules: selectRules(testRules).selected,
      ...(store === undefined ? {} : { store }),
      ...(deferBudgetBytes === undefined ? {} : { deferBudgetBytes }),
    });

  it('evaluates each in-scope item once per rule, NOT_APPLICABLE for deleted ones, and counts skipped types', async () => {
    const path = file(
      'snapshot.json',
      snapshot([
        item({ resourceId: 'open', configuration: { open: true } }),
        item({ resourceId: 'closed' }),
        item({ resourceId: 'gone', configurationItemStatus: 'ResourceDeleted', configuration: null }),
        item({ resourceType: 'AWS::EC2::Instance', resourceId: 'i-1' }),
        item({ resourceType: 'AWS::EC2::Instance', resourceId: 'i-2' }),
        guard(true),
      ]),
    );
    const report = await run([path]);
    expect(verdicts(await all(report))).toEqual([
      'thing-guarded closed COMPLIANT',
      'thing-guarded gone NOT_APPLICABLE',
      'thing-guarded open COMPLIANT',
      'thing-not-open closed COMPLIANT',
      'thing-not-open gone NOT_APPLICABLE',
      'thing-not-open open NON_COMPLIANT',
    ]);
    expect(report.summary).toMatchObject({
      itemsRead: 6,
      itemsEvaluated: 3,
      itemsSkipped: 3,
      itemsMalformed: 0,
      evaluations: 6,
      compliance: { COMPLIANT: 3, NON_COMPLIANT: 1, NOT_APPLICABLE: 2 },
      byRule: { 'thing-not-open': { COMPLIANT: 1, NON_COMPLIANT: 1, NOT_APPLICABLE: 1 } },
    });
    expect(report.summary.skipped).toEqual(
      expect.arrayContaining([
        { reason: 'no-selected-rule-for-type', resourceType: 'AWS::EC2::Instance', count: 2 },
        { reason: 'no-selected-rule-for-type', resourceType: 'AWS::Test::Guard', count: 1 },
      ]),
    );
    const open = (await all(report)).find((e) => e.ComplianceType === 'NON_COMPLIANT');
    expect(open).toEqual({
      ConfigRuleName: 'thing-not-open',
      ComplianceResourceType: 'AWS::Test::Thing',
      ComplianceResourceId: 'open',
      ComplianceType: 'NON_COMPLIANT',
      Annotation: 'Thing open is open.',
      OrderingTimestamp: '2026-03-02T09:00:00.000Z',
    });
  });

  it('records a malformed item with its file and index and goes on', async () => {
    const path = file('snapshot.json', snapshot([item({ resourceId: 'a' }), { resourceType: 'AWS::Test::Thing', resourceId: 'bad' }, item({ resourceId: 'b' })]));
    const report = await run([path]);
    expect(report.summary).toMatchObject({ itemsRead: 3, itemsEvaluated: 2, itemsMalformed: 1 });
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({
      file: path,
      position: { index: 1 },
      error: 'InvalidConfigurationItemError',
      resourceType: 'AWS::Test::Thing',
      resourceId: 'bad',
    });
  });

  it('reports the line of a malformed JSON Lines item', async () => {
    const path = file('items.jsonl', `${JSON.stringify(item())}\n\n${JSON.stringify({ nope: 1 })}\n`);
    const report = await run([path]);
    expect(report.errors[0]).toMatchObject({ file: path, position: { line: 3 } });
  });

  it.each([
    ['not JSON', 'this is not json', /^byte 0: expected "\{" or "\["/],
    ['an element that is not JSON', '{"configurationItems": [{"a": 1}, {"b": tru}]}', /^item 1: not valid JSON/],
    ['a truncated file', '[{"a": 1}, {"b"', /unexpected end of input/],
    ['a broken gzip file', Buffer.from([0x1f, 0x8b, 1, 2, 3]), /not a valid gzip file/],
  ])('lists %s in errors and evaluates the other inputs', async (_name, content, message) => {
    const before = file('a-before.json', snapshot([item({ resourceId: 'before', configuration: { open: true } })]));
    const path = file('bad.json', content);
    const after = file('z-after.json', snapshot([item({ resourceId: 'after' })]));
    const report = await run([before, path, after]);
    expect(report.files).toEqual([before, path, after]);
    expect(report.errors.filter(isInputError)).toEqual([{ file: path, error: 'UnreadableInputError', message: expect.stringMatching(message) as unknown }]);
    expect(report.summary).toMatchObject({ files: 3, inputErrors: 1 });
    expect(verdicts(await all(report)).filter((v) => v.startsWith('thing-not-open'))).toEqual(['thing-not-open after COMPLIANT', 'thing-not-open before NON_COMPLIANT']);
  });

  describe('sources', () => {
    const rules = (): ReturnType<typeof selectRules>['selected'] => selectRules([openThingRule]).selected;
    const source = (inputs: ScanInput[]): ScanSource => ({
      name: 'test',
      async *inputs() {
        yield* inputs;
      },
    });

    it('evaluates item inputs (already parsed) like items read from files, in input order, latest wins', async () => {
      const older = item({ resourceId: 'r', configurationItemCaptureTime: '2026-03-01T00:00:00.000Z', configuration: { open: true } });
      const newer = item({ resourceId: 'r', configurationItemCaptureTime: '2026-03-02T00:00:00.000Z' });
      const items: ItemInput = {
        kind: 'items',
        name: 'live:111122223333/eu-west-1/config',
        async *items() {
          yield newer;
          yield { resourceType: 'AWS::Test::Thing', resourceId: 'broken' };
          yield item({ resourceId: 'open', configuration: { open: true } });
        },
      };
      const path = file('s.json', snapshot([older]));
      const report = await scan([fileSource([path]), source([items])], { rules: rules() });
      expect(report.files).toEqual([path, 'live:111122223333/eu-west-1/config']);
      expect(verdicts(await all(report))).toEqual(['thing-not-open open NON_COMPLIANT', 'thing-not-open r COMPLIANT']);
      expect(report.summary).toMatchObject({ itemsRead: 4, itemsMalformed: 1 });
      expect(report.errors).toEqual([expect.objectContaining({ file: 'live:111122223333/eu-west-1/config', position: { index: 1 }, resourceId: 'broken' })]);
    });

    it('lists an input failure with its place and goes on', async () => {
      const failure: InputFailure = {
        kind: 'failure',
        name: 'live:111122223333/eu-west-1/config',
        account: '111122223333',
        region: 'eu-west-1',
        code: 'AccessDeniedException',
        action: 'config:ListDiscoveredResources',
        message: 'User is not authorized to perform config:ListDiscoveredResources',
      };
      const report = await scan([source([failure]), fileSource([file('s.json', snapshot([item()]))])], { rules: rules() });
      expect(report.errors).toEqual([
        { file: failure.name, error: 'AccessDeniedException', message: failure.message, account: '111122223333', region: 'eu-west-1', action: 'config:ListDiscoveredResources' },
      ]);
      expect(report.summary).toMatchObject({ files: 2, inputErrors: 1, evaluations: 1 });
    });

    it('skips CloudTrail files by name unread, and by shape whatever their name, counted by reason', async () => {
      const trail = { Records: [{ eventVersion: '1.08', eventName: 'PutBucketPolicy', eventTime: '2026-03-02T09:14:07Z', awsRegion: 'eu-west-1' }] };
      const byName = file('111122223333_CloudTrail_eu-west-1_20260302T0915Z_a1B2c3D4e5F6g7H8.json.gz', 'not even read');
      const byShape = file('events.json', gzipSync(JSON.stringify(trail)));
      const digest = file('digest.json', JSON.stringify({ digestStartTime: '2026-03-02T08:15:30Z', digestEndTime: '2026-03-02T09:15:30Z', logFiles: [] }));
      const good = file('s.json', snapshot([item()]));
      const report = await scanFiles({ files: [byName, byShape, digest, good], rules: rules() });
      expect(report.errors).toEqual([]);
      expect(report.summary).toMatchObject({ files: 4, itemsRead: 1, itemsMalformed: 0, inputsSkipped: [{ reason: 'CloudTrail log file', count: 2 }, { reason: 'CloudTrail digest file', count: 1 }] });
      expect(report.summary).not.toHaveProperty('inputErrors');
    });

    it('leaves both new summary fields out when every input is Config data and readable (reports stay as they were)', async () => {
      const report = await scanFiles({ files: [file('s.json', snapshot([item()]))], rules: rules() });
      expect(Object.keys(report.summary)).not.toEqual(expect.arrayContaining(['inputErrors']));
      expect(Object.keys(report.summary)).not.toEqual(expect.arrayContaining(['inputsSkipped']));
    });
  });

  it('reads gzip files whatever their name, and concatenated documents', async () => {
    const gz = file('snap.json.gz', gzipSync(snapshot([item({ resourceId: 'z', configuration: { open: true } }), guard(true)])));
    const docs = file('docs.json', `${JSON.stringify(item({ resourceId: 'y' }))}\n${JSON.stringify({ configurationItem: item({ resourceId: 'x' }), messageType: 'ConfigurationItemChangeNotification' })}`);
    const report = await run([gz, docs]);
    expect(verdicts(await all(report)).filter((v) => v.startsWith('thing-not-open'))).toEqual([
      'thing-not-open x COMPLIANT',
      'thing-not-open y COMPLIANT',
      'thing-not-open z NON_COMPLIANT',
    ]);
  });

  describe('related resources', () => {
    const things = [item({ resourceId: 't1' }), item({ resourceId: 't2' }), item({ resourceId: 't3', configurationItemStatus: 'ResourceDeleted', configuration: null })];
    const expected = ['thing-guarded t1 NON_COMPLIANT', 'thing-guarded t2 NON_COMPLIANT', 'thing-guarded t3 NOT_APPLICABLE'];

    it.each([
      ['before the items', [guard(false), ...things], undefined],
      ['after the items (deferred in memory)', [...things, guard(false)], undefined],
      ['after the items (deferred and spilled to disk)', [...things, guard(false)], 0],
    ])('finds the related resource %s', async (_name, items, budget) => {
      const report = await run([file('s.json', snapshot(items))], new MemoryEvaluationStore(), budget);
      expect(verdicts(await all(report)).filter((v) => v.startsWith('thing-guarded'))).toEqual(expected);
      const annotations = (await all(report)).filter((e) => e.ComplianceType === 'NON_COMPLIANT').map((e) => e.Annotation);
      expect(annotations).toEqual(['The guard is off.', 'The guard is off.']);
    });

    it('finds it in another file of the same input', async () => {
      const report = await run([file('a.json', snapshot(things)), file('b.json', snapshot([guard(true)]))]);
      expect(verdicts(await all(report)).filter((v) => v.startsWith('thing-guarded'))).toEqual([
        'thing-guarded t1 COMPLIANT',
        'thing-guarded t2 COMPLIANT',
        'thing-guarded t3 NOT_APPLICABLE',
      ]);
    });

    it('passes undefined when the input has none, and never takes another account\'s', async () => {
      const report = await run([file('s.json', snapshot([...things.slice(0, 1), guard(true, { awsAccountId: '999988887777', resourceId: '999988887777' })]))]);
      expect((await all(report)).find((e) => e.ConfigRuleName === 'thing-guarded')?.Annotation).toBe('No guard for t1.');
    });

    it("takes the account's item from another region once the input is complete and its own region has none", async () => {
      const items = [item({ resourceId: 't1' }), guard(false, { awsRegion: 'us-east-1' })];
      const report = await run([file('s.json', snapshot(items))]);
      expect((await all(report)).find((e) => e.ConfigRuleName === 'thing-guarded')?.Annotation).toBe('The guard is off.');
    });

    it('evaluates against the latest item of the related resource, even one read after the item', async () => {
      const items = [
        guard(true, { configurationItemCaptureTime: '2026-03-01T00:00:00.000Z' }),
        item({ resourceId: 't1' }),
        guard(false, { configurationItemCaptureTime: '2026-03-03T00:00:00.000Z' }),
      ];
      const report = await run([file('s.json', snapshot(items))]);
      expect((await all(report)).find((e) => e.ConfigRuleName === 'thing-guarded')?.Annotation).toBe('The guard is off.');
    });

    it('defers every item a rule with related resources evaluates until the input is complete, a deleted one excepted', async () => {
      const deferrals = jest.spyOn(DeferredItems.prototype, 'add');
      try {
        // Prepare
        const gone = item({ resourceId: 'd1', configurationItemStatus: 'ResourceDeleted', configuration: null });
        const items = [item({ resourceId: 'c1' }), item({ resourceId: 'o1', configuration: { open: true } }), gone, guard(false)];
        // Act
        const report = await scanFiles({ files: [file('s.json', snapshot(items))], rules: selectRules([guardedWhenOpenRule]).selected });
        // Assess
        expect(verdicts(await all(report))).toEqual([
          'thing-guarded-when-open c1 COMPLIANT',
          'thing-guarded-when-open d1 NOT_APPLICABLE',
          'thing-guarded-when-open o1 NON_COMPLIANT',
        ]);
        expect(deferrals.mock.calls.map((call) => call[0].key.resourceId)).toEqual(['c1', 'o1']);
      } finally {
        deferrals.mockRestore();
      }
    });

    it('treats a deleted related resource as absent, as the Lambda does', async () => {
      const items = [item({ resourceId: 't1' }), guard(true, { configurationItemStatus: 'ResourceDeleted', configuration: null })];
      const report = await run([file('s.json', snapshot(items))]);
      expect((await all(report)).find((e) => e.ConfigRuleName === 'thing-guarded')).toMatchObject({
        ComplianceType: 'NON_COMPLIANT',
        Annotation: 'No guard for t1.',
      });
    });

    it('prefers the related resource of the same region', async () => {
      const items = [guard(false, { awsRegion: 'us-east-1' }), item({ resourceId: 't1' }), guard(true)];
      const report = await run([file('s.json', snapshot(items))]);
      expect((await all(report)).find((e) => e.ConfigRuleName === 'thing-guarded')?.ComplianceType).toBe('COMPLIANT');
    });
  });

  describe.each([
    ['memory', () => new MemoryEvaluationStore()],
    ['spool', () => new SpoolEvaluationStore()],
  ])('several items of one resource (history), %s store', (_name, makeStore) => {
    const older = item({ resourceId: 'r', configurationItemCaptureTime: '2026-03-01T00:00:00.000Z', configuration: { open: true } });
    const newer = item({ resourceId: 'r', configurationItemCaptureTime: '2026-03-02T00:00:00.000Z', configuration: { open: false } });

    it.each([
      ['older first', [older, newer]],
      ['newer first', [newer, older]],
    ])('keeps only the latest item (%s)', async (_order, items) => {
      const store = makeStore();
      const report = await scanFiles({ files: [file('h.json', snapshot([...items, guard(true)]))], rules: selectRules([openThingRule, guardedThingRule]).selected, store });
      const evaluations = await all(report);
      expect(verdicts(evaluations)).toEqual(['thing-guarded r COMPLIANT', 'thing-not-open r COMPLIANT']);
      expect(evaluations.every((e) => e.OrderingTimestamp === '2026-03-02T00:00:00.000Z')).toBe(true);
      expect(report.summary).toMatchObject({ itemsRead: 3, itemsEvaluated: 1, evaluations: 2, compliance: { NON_COMPLIANT: 0 } });
      expect(report.summary.skipped).toContainEqual({ reason: 'superseded-by-later-item', resourceType: 'AWS::Test::Thing', count: 1 });
      await store.dispose();
    });

    it('keeps resources of different accounts apart', async () => {
      const store = makeStore();
      const other = { ...older, awsAccountId: '999988887777' };
      const report = await scanFiles({ files: [file('h.json', snapshot([other, newer]))], rules: selectRules([openThingRule]).selected, store });
      expect(report.summary.evaluations).toBe(2);
      await store.dispose();
    });
  });

  it('records a rule that throws on an item as an error naming the rule, and evaluates the rest', async () => {
    const path = file('s.json', snapshot([item({ resourceId: 'ok' }), item({ resourceId: 'b', resourceName: 'boom' })]));
    const report = await scanFiles({ files: [path], rules: selectRules([buggyRule]).selected });
    expect(report.summary).toMatchObject({ ruleErrors: 1, evaluations: 1 });
    expect(report.errors[0]).toMatchObject({ rule: 'buggy', error: 'TypeError', resourceId: 'b', position: { index: 1 } });
  });

  it('applies rule parameters', async () => {
    const path = file('s.json', snapshot([item({ configuration: { open: true } })]));
    const rules = selectRules([openThingRule], { parameters: { 'thing-not-open': { allowOpen: 'TRUE' } } }).selected;
    const report = await scanFiles({ files: [path], rules });
    expect(report.summary.compliance).toEqual<Record<ComplianceType, number>>({ COMPLIANT: 1, NON_COMPLIANT: 0, NOT_APPLICABLE: 0 });
  });
});

describe('scan, inputs of many blocks', () => {
  // Every third item nests objects that start with the items' first key ("relatedEvents") and strings
  // that look like item boundaries; every 997th item is malformed (no capture time).
  const items: Record<string, unknown>[] = Array.from({ length: 6000 }, (_, n) =>
    n % 997 === 500
      ? { relatedEvents: [], resourceType: 'AWS::Test::Thing', resourceId: `broken-${n}`, awsAccountId: '111122223333', awsRegion: 'eu-west-1' }
      : item({
          resourceId: `r-${n}`,
          configuration: {
            open: n % 5 === 0,
            ...(n % 3 === 0 ? { nested: [{ relatedEvents: [] }, { relatedEvents: [n] }, { relatedEvents: '},{"relatedEvents"' }] } : {}),
          },
        }),
  );

  it('gives one report, plain or gzip, on either path, every malformed item at its exact position', async () => {
    const text = snapshot([...items, guard(false)]);
    expect(text.length).toBeGreaterThan(8 * (256 << 10));
    const rules = selectRules([openThingRule, guardedThingRule, buggyRule]).selected;
    const plain = await renderJson(scanFiles({ files: [file('s.json', text), file('t.json', snapshot(items.slice(0, 700)))], rules }));
    const gzip = await renderJson(scanFiles({ files: [file('s.json.gz', gzipSync(text)), file('t.json.gz', gzipSync(snapshot(items.slice(0, 700))))], rules }));
    expect(gzip.replace(/\.json\.gz/g, '.json')).toBe(plain);
    const parsed = JSON.parse(plain) as { summary: unknown; errors: { position: unknown; resourceId: string }[] };
    expect(parsed).toMatchObject({ summary: { itemsRead: 6701, itemsEvaluated: 5994, itemsMalformed: 7 } });
    expect(parsed.errors.slice(0, 3).map((error) => [error.resourceId, error.position])).toEqual([
      ['broken-500', { index: 500 }],
      ['broken-1497', { index: 1497 }],
      ['broken-2494', { index: 2494 }],
    ]);
  }, 60_000);

  it('reads concatenated snapshot documents and pretty-printed ones', async () => {
    const first = items.slice(0, 2500);
    const second = items.slice(2500, 5000).map((value) => ({ ...value, resourceId: `second-${String(value['resourceId'])}` }));
    const files = [
      file('two-documents.json', `${snapshot(first)}\n${snapshot(second)}\n`),
      file('pretty.json', JSON.stringify({ configurationItems: items.slice(0, 1500) }, null, 2)),
    ];
    const report = JSON.parse(await renderJson(scanFiles({ files, rules: selectRules([openThingRule]).selected }))) as ScanReport;
    // The pretty file's items are the first document's first 1,500 again: later in the input, they win.
    expect(report.summary).toMatchObject({ itemsRead: 6500, itemsMalformed: 7, evaluations: 4995 });
    expect(report.errors.filter((error) => !isInputError(error) && error.file === files[0]).map((error) => !isInputError(error) && error.position)).toEqual([
      { index: 500 },
      { index: 1497 },
      { index: 2494 },
      { index: 991 },
      { index: 1988 },
    ]);
  }, 60_000);

  it('stops reading an input at a value that is not JSON, after evaluating the values before it', async () => {
    const text = snapshot(items.slice(0, 3000)).replace('"resourceId":"r-2500"', '"resourceId":r-2500"');
    const path = file('broken.json', text);
    const report = JSON.parse(await renderJson(scanFiles({ files: [path], rules: selectRules([openThingRule]).selected }))) as ScanReport;
    expect(report.summary).toMatchObject({ itemsRead: 2500, inputErrors: 1 });
    expect(report.errors.filter(isInputError)).toEqual([{ file: path, error: 'UnreadableInputError', message: expect.stringMatching(/^item 2500: not valid JSON/) as unknown }]);
  }, 60_000);
});
