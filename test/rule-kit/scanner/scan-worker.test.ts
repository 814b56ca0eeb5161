import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isInputError, type ScanReport, selectRules } from '../../../rule-kit/scanner';
import { formatJson } from '../../../rule-kit/scanner/format-json';
import { StringTextOutput } from '../../../rule-kit/scanner/text-output';
import { compliant, defineRule, type RuleDefinition } from '../../../rule-kit';
import { scanFiles, startTestWorker, type FileScanOptions } from './scan-under-test';
import { buggyRule, guardedThingRule, item, openThingRule, snapshot } from './test-rules';
import { ScanWorkerFailedError } from '../../../rule-kit/scanner/scan-worker-client';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scan-worker-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function rendered(options: FileScanOptions): Promise<string> {
  const out = new StringTextOutput();
  await formatJson(await scanFiles(options), out);
  return out.toString();
}

/** Everything the worker path answers differently from a plain item: malformed, superseded, thrown. */
function mixedItems(count: number): unknown[] {
  const items: unknown[] = [];
  for (let index = 0; index < count; index += 1) {
    const open = index % 3 === 0;
    items.push(item({ resourceId: `t-${index}`, resourceName: index % 17 === 0 ? 'boom' : `t-${index}`, configuration: { open } }));
    if (index % 50 === 7) items.push({ resourceType: 'AWS::Test::Thing', resourceId: `broken-${index}` });
    if (index % 40 === 3) items.push(item({ resourceId: `t-${index}`, configurationItemCaptureTime: '2026-01-01T00:00:00.000Z' }));
    if (index % 40 === 5) items.push(item({ resourceId: `t-${index - 1}`, configurationItemCaptureTime: '2026-04-01T00:00:00.000Z', configuration: { open: true } }));
    if (index % 60 === 11) items.push(item({ resourceId: `gone-${index}`, configurationItemStatus: 'ResourceDeleted', configuration: null }));
    if (index % 30 === 13) items.push(item({ resourceType: 'AWS::Test::Other', resourceId: `o-${index}` }));
  }
  items.push(item({ resourceType: 'AWS::Test::Guard', resourceId: '111122223333', configuration: { on: true } }));
  return items;
}

describe('scan through a worker thread', () => {
  const cases: [string, readonly RuleDefinition[]][] = [
    ['rules without related resources (all evaluated by the worker)', [openThingRule, buggyRule]],
    ['a rule with a related resource (its type kept on the main thread)', [openThingRule, guardedThingRule, buggyRule]],
  ];
  it.each(cases)('gives the one-thread report byte for byte: %s', async (_name, rules) => {
    // Several batches (256 items each) and more than MAX_IN_FLIGHT of them, so the main thread also
    // evaluates some itself.
    const files = [file('a.json', snapshot(mixedItems(3000))), file('b.jsonl', mixedItems(300).map((value) => JSON.stringify(value)).join('\n'))];
    const selected = selectRules(rules).selected;
    const start = jest.fn(startTestWorker);
    const threaded = await rendered({ files, rules: selected, worker: { start, minBytes: 0 } });
    const single = await rendered({ files, rules: selected });
    expect(start).toHaveBeenCalledTimes(1);
    expect(threaded).toBe(single);
    const summary = (JSON.parse(threaded) as { summary: { ruleErrors: number; itemsMalformed: number; skipped: unknown[] } }).summary;
    expect(summary.ruleErrors).toBeGreaterThan(0);
    expect(summary.itemsMalformed).toBeGreaterThan(0);
  }, 30_000);

  it('stays on one thread for input under the size threshold', async () => {
    const start = jest.fn(startTestWorker);
    const files = [file('small.json', snapshot(mixedItems(20)))];
    const selected = selectRules([openThingRule]).selected;
    expect(await rendered({ files, rules: selected, worker: { start } })).toBe(await rendered({ files, rules: selected }));
    expect(start).not.toHaveBeenCalled();
  });

  it('reports input that is not JSON as the one-thread scan does, after the values before it', async () => {
    const files = [file('bad.json', `${snapshot(mixedItems(600)).slice(0, -3)}, nonsense]}`)];
    const selected = selectRules([openThingRule]).selected;
    const threaded = scanFiles({ files, rules: selected, worker: { start: startTestWorker, minBytes: 0 } });
    const single = scanFiles({ files, rules: selected });
    const render = async (report: Promise<ScanReport>): Promise<string> => {
      const out = new StringTextOutput();
      await formatJson(await report, out);
      return out.toString();
    };
    const [one, two] = [await render(single), await render(threaded)];
    const parsed = JSON.parse(one) as ScanReport;
    expect(parsed.summary.inputErrors).toBe(1);
    expect(parsed.summary.itemsRead).toBeGreaterThan(600);
    expect(parsed.errors.filter(isInputError)).toEqual([{ file: files[0], error: 'UnreadableInputError', message: expect.stringMatching(/not valid JSON/) as unknown }]);
    expect(two).toBe(one);
  }, 30_000);

  it('fails the scan, rather than hanging or answering on one thread, when the worker cannot start', async () => {
    // The test worker's entry does not know this rule, so the worker throws as it starts.
    const unknownToWorker = defineRule({
      id: 'not-in-the-worker',
      description: 'Test rule the worker entry lacks.',
      resourceTypes: ['AWS::Test::Thing'],
      triggers: ['change'],
      parameters: {},
      permissions: [],
      evaluate: () => compliant(),
    });
    const files = [file('c.json', snapshot(mixedItems(2000)))];
    const selected = selectRules([unknownToWorker]).selected;
    await expect(scanFiles({ files, rules: selected, worker: { start: startTestWorker, minBytes: 0 } })).rejects.toBeInstanceOf(ScanWorkerFailedError);
  }, 30_000);
});
