import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ScanReport, selectRules } from '../../../rule-kit/scanner';
import { formatJson } from '../../../rule-kit/scanner/format-json';
import { formatJunit, xmlEscape } from '../../../rule-kit/scanner/format-junit';
import { formatSarif } from '../../../rule-kit/scanner/format-sarif';
import { formatTable } from '../../../rule-kit/scanner/format-table';
import { StringTextOutput } from '../../../rule-kit/scanner/text-output';
import { guardedThingRule, item, openThingRule, snapshot } from './test-rules';
import { scanFiles } from './scan-under-test';

let dir: string;
let report: ScanReport;
let input: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'format-test-'));
  input = join(dir, 'snapshot.json');
  writeFileSync(
    input,
    snapshot([
      item({ resourceId: 'open-1', configuration: { open: true } }),
      item({ resourceId: 'a<b>&"c"', configuration: { open: true } }),
      item({ resourceId: 'closed' }),
      item({ resourceId: 'gone', configurationItemStatus: 'ResourceDeleted', configuration: null }),
      { resourceType: 'AWS::Test::Thing', resourceId: 'broken' },
      item({ resourceType: 'AWS::Test::Guard', resourceId: '111122223333', configuration: { on: true } }),
    ]),
  );
  report = await scanFiles({ files: [input], rules: selectRules([openThingRule, guardedThingRule]).selected });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(format: (out: StringTextOutput) => Promise<void>): Promise<string> {
  const out = new StringTextOutput();
  await format(out);
  return out.toString();
}

describe('formatJson', () => {
  it('writes one document with PutEvaluations fields, the summary and the errors', async () => {
    const doc = JSON.parse(await render((out) => formatJson(report, out))) as {
      evaluations: Record<string, unknown>[];
      summary: { evaluations: number; itemsMalformed: number };
      errors: { file: string; position: unknown }[];
    };
    expect(doc.evaluations).toHaveLength(doc.summary.evaluations);
    expect(doc.evaluations).toHaveLength(8);
    for (const evaluation of doc.evaluations) {
      expect(Object.keys(evaluation).filter((k) => k !== 'Annotation')).toEqual([
        'ConfigRuleName',
        'ComplianceResourceType',
        'ComplianceResourceId',
        'ComplianceType',
        'OrderingTimestamp',
      ]);
    }
    // Grouped by rule in pack order, non-compliant first within a rule.
    expect(doc.evaluations.map((e) => `${String(e['ConfigRuleName'])}:${String(e['ComplianceType'])}`).slice(0, 3)).toEqual([
      'thing-not-open:NON_COMPLIANT',
      'thing-not-open:NON_COMPLIANT',
      'thing-not-open:COMPLIANT',
    ]);
    expect(doc.errors).toEqual([expect.objectContaining({ file: input, position: { index: 4 } })]);
    expect(doc.summary.itemsMalformed).toBe(1);
  });

  it('writes a valid document when there is nothing to report', async () => {
    const empty: ScanReport = { ...report, rules: [], errors: [] };
    expect(JSON.parse(await render((out) => formatJson(empty, out)))).toMatchObject({ evaluations: [], errors: [] });
  });
});

describe('formatTable', () => {
  it('lists each rule with non-compliant resources and counts, without colour when asked', async () => {
    const text = await render((out) => formatTable(report, out, { color: false, verbose: false }));
    expect(text).not.toContain('\u001b[');
    expect(text).toContain('thing-not-open  2 non-compliant, 1 compliant, 1 not applicable');
    expect(text).toContain('✗ AWS::Test::Thing open-1  Thing open-1 is open.');
    expect(text).not.toContain('closed');
    expect(text).toMatch(/Scanned 1 file\(s\): 6 item\(s\) read, 4 evaluated, 1 skipped, 1 malformed/);
    expect(text).toMatch(/Could not evaluate:\n .*snapshot\.json item 4: Invalid configuration item/);
    expect(text.indexOf('thing-not-open')).toBeLessThan(text.indexOf('thing-guarded'));
  });

  it('lists compliant and not-applicable resources with verbose, and colours on request', async () => {
    const text = await render((out) => formatTable(report, out, { color: true, verbose: true }));
    expect(text).toContain('\u001b[31m✗\u001b[0m AWS::Test::Thing open-1');
    expect(text).toContain('AWS::Test::Thing closed');
    expect(text).toContain('AWS::Test::Thing gone  The resource was deleted.');
  });
});

describe('formatJunit', () => {
  it('writes a suite per rule with failures for non-compliant and skipped for not applicable, escaped', async () => {
    const xml = await render((out) => formatJunit(report, out));
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(xml).toContain('<testsuite name="thing-not-open" tests="4" failures="2" errors="0" skipped="1">');
    expect((xml.match(/<testcase /g) ?? []).length).toBe(report.summary.evaluations + 1);
    expect((xml.match(/<failure /g) ?? []).length).toBe(report.summary.compliance.NON_COMPLIANT);
    expect(xml).toContain('name="AWS::Test::Thing a&lt;b&gt;&amp;&quot;c&quot;"');
    expect(xml).not.toMatch(/a<b>/);
    expect(xml).toMatch(/<testsuite name="unevaluated-items" tests="1" failures="0" errors="1"/);
    expect(xml.trim().endsWith('</testsuites>')).toBe(true);
  });

  it('escapes markup and replaces characters XML cannot hold', () => {
    expect(xmlEscape(`<a href="x">&'\u0001\uD800`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;\uFFFD\uFFFD');
  });
});

describe('formatSarif', () => {
  it('writes SARIF 2.1.0 with every rule described and one result per NON_COMPLIANT evaluation', async () => {
    const sarif = JSON.parse(await render((out) => formatSarif(report, out, { toolVersion: '9.9.9', baseDir: dir }))) as {
      version: string;
      runs: {
        tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string } }[] } };
        results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } }; logicalLocations: { fullyQualifiedName: string }[] }[] }[];
        invocations: { toolExecutionNotifications: { message: { text: string } }[] }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const [run] = sarif.runs;
    expect(run?.tool.driver).toMatchObject({ name: 'config-rules', version: '9.9.9' });
    expect(run?.tool.driver.rules.map((r) => [r.id, r.shortDescription.text])).toEqual([
      ['thing-not-open', openThingRule.description],
      ['thing-guarded', guardedThingRule.description],
    ]);
    expect(run?.results).toHaveLength(report.summary.compliance.NON_COMPLIANT);
    for (const result of run?.results ?? []) {
      expect(run?.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(result.level).toBe('error');
      expect(result.locations[0]?.physicalLocation.artifactLocation.uri).toBe('snapshot.json');
    }
    expect(run?.results[0]).toMatchObject({ ruleId: 'thing-not-open', message: { text: 'Thing open-1 is open.' } });
    expect(run?.results[0]?.locations[0]?.logicalLocations[0]?.fullyQualifiedName).toBe('AWS::Test::Thing/open-1');
    expect(run?.invocations[0]?.toolExecutionNotifications).toHaveLength(1);
  });
});
