import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineRule, notApplicable } from '../../../rule-kit';
import { fileSource, formatJson, formatJunit, formatSarif, formatTable, scan, selectRules, StringTextOutput, type ScanReport } from '../../../rule-kit/scanner';
import { notEvaluatedRules } from '../../../rule-kit/scanner/not-evaluated';
import type { InputFailure } from '../../../rule-kit/scanner/source';
import { item, openThingRule, snapshot } from './test-rules';

// A rule over a type the input does not hold: it must be reported as not evaluated, never as clean.
const unseenRule = defineRule({
  id: 'unseen-widget',
  description: 'Test rule whose type the input never holds.',
  resourceTypes: ['AWS::Test::Widget'],
  triggers: ['change'],
  parameters: {},
  evaluate: () => notApplicable('never called'),
  permissions: [],
});

const denied: InputFailure = {
  kind: 'failure',
  name: 'live:111122223333/eu-west-1/config/AWS::Test::Thing',
  account: '111122223333',
  region: 'eu-west-1',
  code: 'AccessDeniedException',
  action: 'config:ListDiscoveredResources',
  message: 'User: arn:aws:iam::111122223333:user/a is not authorized to perform: config:ListDiscoveredResources',
  ruleIds: ['thing-not-open'],
};

let dir: string;
let report: ScanReport;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'not-evaluated-'));
  const input = join(dir, 'snapshot.json');
  writeFileSync(input, snapshot([item({ resourceId: 'open-1', configuration: { open: true } })]));
  // A source that read the file and failed on one place, as the live source does.
  const failing = { name: 'live', inputs: async function* () { yield denied; } };
  report = await scan([fileSource([input]), failing], { rules: selectRules([openThingRule, unseenRule]).selected, sourceKind: 'live' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(format: (out: StringTextOutput) => Promise<void>): Promise<string> {
  const out = new StringTextOutput();
  await format(out);
  return out.toString();
}

describe('rules not evaluated', () => {
  it('lists a rule that saw nothing, and a rule whose input failed somewhere, with where and why', () => {
    expect(report.summary.notEvaluated).toEqual([
      expect.objectContaining({ ConfigRuleName: 'thing-not-open', account: '111122223333', region: 'eu-west-1', reason: expect.stringContaining('config:ListDiscoveredResources denied') }),
      { ConfigRuleName: 'unseen-widget', resourceTypes: ['AWS::Test::Widget'], reason: expect.stringContaining('no AWS::Test::Widget item') },
    ]);
    expect(report.summary.inputErrors).toBe(1);
    expect(report.errors).toEqual([
      expect.objectContaining({ file: denied.name, error: 'AccessDeniedException', action: 'config:ListDiscoveredResources', region: 'eu-west-1' }),
    ]);
  });

  it('gives collector rules in file scans the advice to collect', () => {
    const collected = { ...unseenRule, collector: async function* () {}, triggers: ['periodic'] as const };
    const [entry] = notEvaluatedRules([collected], {}, [], 'files');
    expect(entry?.reason).toContain('run config-rules collect, or scan --live');
  });

  it('is in every JSON report, apart in the table, a notification in SARIF, a skipped case in JUnit', async () => {
    const json = JSON.parse(await render((out) => formatJson(report, out))) as { summary: { notEvaluated: unknown[] } };
    expect(json.summary.notEvaluated).toHaveLength(2);
    const table = await render((out) => formatTable(report, out, { color: false, verbose: false }));
    expect(table).toMatch(/^unseen-widget {2}not evaluated\n {2}\? no AWS::Test::Widget item/m);
    expect(table).not.toMatch(/unseen-widget {2}0 non-compliant/);
    expect(table).toMatch(/not evaluated in 111122223333\/eu-west-1: /);
    const sarif = JSON.parse(await render((out) => formatSarif(report, out, { toolVersion: '0', baseDir: dir }))) as {
      runs: { invocations: { toolExecutionNotifications: { descriptor: { id: string }; associatedRule?: { id: string } }[] }[] }[];
    };
    const notes = sarif.runs[0]?.invocations[0]?.toolExecutionNotifications.filter((n) => n.descriptor.id === 'RuleNotEvaluated');
    expect(notes?.map((n) => n.associatedRule?.id)).toEqual(['thing-not-open', 'unseen-widget']);
    const junit = await render((out) => formatJunit(report, out));
    expect(junit).toMatch(/<testsuite name="unseen-widget" tests="1" failures="0" errors="0" skipped="1">/);
    expect(junit).toMatch(/<testcase classname="unseen-widget" name="not evaluated"><skipped message="no AWS::Test::Widget item/);
  });
});
