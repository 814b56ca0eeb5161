import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CLI, runCli, type JsonReport } from './run-cli';

jest.setTimeout(120_000);

const FIXTURES = join(__dirname, 'fixtures');
const TRAIL_RULES = ['--rule', 'cloudtrail-log-file-validation', '--rule', 'cloudtrail-encryption'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'config-rules-e2e-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function verdicts(report: JsonReport): string[] {
  return report.evaluations.map((e) => `${e.ConfigRuleName} ${e.ComplianceResourceId} ${e.ComplianceType}`).sort();
}

/** Every accepted form holds trails named after it; what each should get from the two trail rules. */
const EXPECTED_FORMS = [
  ['api-bad', 'NON_COMPLIANT', 'COMPLIANT'],
  ['api-ok', 'COMPLIANT', 'COMPLIANT'],
  ['array-bad', 'NON_COMPLIANT', 'NON_COMPLIANT'],
  ['array-ok', 'COMPLIANT', 'COMPLIANT'],
  ['history-trail', 'COMPLIANT', 'COMPLIANT'],
  ['jsonl-api-bad', 'NON_COMPLIANT', 'COMPLIANT'],
  ['jsonl-ok', 'COMPLIANT', 'COMPLIANT'],
  ['notification-trail', 'NON_COMPLIANT', 'COMPLIANT'],
  ['single-item', 'COMPLIANT', 'COMPLIANT'],
  ['snapshot-bad', 'NON_COMPLIANT', 'COMPLIANT'],
  ['snapshot-gone', 'NOT_APPLICABLE', 'NOT_APPLICABLE'],
  ['snapshot-ok', 'COMPLIANT', 'COMPLIANT'],
].flatMap(([id, validation, encryption]) => [
  `cloudtrail-encryption ${id} ${encryption}`,
  `cloudtrail-log-file-validation ${id} ${validation}`,
]);

describe('config-rules scan (end to end)', () => {
  it.each([
    ['plain', (name: string, target: string) => copyFileSync(join(FIXTURES, 'forms', name), join(target, name))],
    ['gzip', (name: string, target: string) => writeFileSync(join(target, `${name}.gz`), gzipSync(readFileSync(join(FIXTURES, 'forms', name))))],
  ])('reads every accepted form (%s): snapshot, history, array, single item, notification, API shape, JSON Lines', (kind, copy) => {
    const target = join(dir, kind);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target);
    for (const name of readdirSync(join(FIXTURES, 'forms'))) copy(name, target);
    const run = runCli(['scan', target, ...TRAIL_RULES, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(verdicts(report)).toEqual([...EXPECTED_FORMS].sort());
    expect(report.summary).toMatchObject({ itemsRead: 14, itemsEvaluated: 12, itemsSkipped: 2, itemsMalformed: 0, evaluations: 24 });
    expect(report.summary.skipped).toEqual(
      expect.arrayContaining([
        { reason: 'no-selected-rule-for-type', resourceType: 'AWS::EC2::Instance', count: 1 },
        { reason: 'superseded-by-later-item', resourceType: 'AWS::CloudTrail::Trail', count: 1 },
      ]),
    );
    const history = report.evaluations.filter((e) => e.ComplianceResourceId === 'history-trail');
    expect(history.map((e) => e.OrderingTimestamp)).toEqual(['2026-03-02T08:00:00.000Z', '2026-03-02T08:00:00.000Z']);
    const bad = report.evaluations.find((e) => e.ComplianceResourceId === 'snapshot-bad' && e.ComplianceType === 'NON_COMPLIANT');
    expect(bad).toEqual({
      ConfigRuleName: 'cloudtrail-log-file-validation',
      ComplianceResourceType: 'AWS::CloudTrail::Trail',
      ComplianceResourceId: 'snapshot-bad',
      ComplianceType: 'NON_COMPLIANT',
      Annotation: 'Log file validation is disabled on trail snapshot-bad.',
      OrderingTimestamp: '2026-03-02T09:14:07.512Z',
    });
  });

  it('stops quietly, with the scan\'s exit status, when its reader closes standard output early', () => {
    // The sample account's report (about 80 KB) overflows the pipe's buffer: later writes meet a closed pipe.
    const script = `"${process.execPath}" "${CLI}" scan --format json | head -c 16; echo " status \${PIPESTATUS[0]}" >&2`;
    const child = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(child.stdout).toBe('{"evaluations":[');
    expect(child.stderr).toBe(' status 1\n');
  });

  it('exits 2 with a clear message when the report file cannot be written', () => {
    const output = join(dir, 'no-such-folder', 'report.json');
    const run = runCli(['scan', join(FIXTURES, 'clean'), ...TRAIL_RULES, '--format', 'json', '--output', output]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^config-rules: Cannot write .*no-such-folder.report\.json: ENOENT/);
  });

  it('exits 0 when nothing is non-compliant, and writes --output instead of standard output', () => {
    const output = join(dir, 'clean-report.json');
    const run = runCli(['scan', join(FIXTURES, 'clean'), ...TRAIL_RULES, '--format', 'json', '--output', output]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const report = JSON.parse(readFileSync(output, 'utf8')) as JsonReport;
    expect(report.summary.compliance).toEqual({ COMPLIANT: 4, NON_COMPLIANT: 0, NOT_APPLICABLE: 0 });
  });

  it('reports a malformed item with its file and position, goes on, and exits 1 (fail safe)', () => {
    const file = join(FIXTURES, 'bad', 'malformed-item.json');
    const run = runCli(['scan', file, '--rule', 'cloudtrail-log-file-validation', '--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(verdicts(report)).toEqual([
      'cloudtrail-log-file-validation malformed-after COMPLIANT',
      'cloudtrail-log-file-validation malformed-neighbour COMPLIANT',
    ]);
    expect(report.errors).toEqual([
      expect.objectContaining({ file, position: { index: 1 }, error: 'InvalidConfigurationItemError', resourceId: 'malformed' }),
    ]);
    expect(report.errors[0]?.message).toMatch(/configurationItemCaptureTime/);
    expect(report.summary).toMatchObject({ itemsRead: 3, itemsMalformed: 1 });
  });

  it('reports the other inputs and exits 2 when one file is not JSON or is missing', () => {
    const notJson = join(FIXTURES, 'bad', 'not-json.json');
    const missing = join(FIXTURES, 'bad', 'no-such-file.json');
    const good = join(FIXTURES, 'forms', 'snapshot.json');
    const run = runCli(['scan', notJson, missing, good, '--format', 'json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("config-rules: 2 input(s) could not be read: see the report's errors\n");
    const report = JSON.parse(run.stdout) as JsonReport & { summary: { inputErrors: number; files: number } };
    expect(report.errors).toEqual([
      { file: notJson, error: 'UnreadableInputError', message: 'byte 0: expected "{" or "[" but found "r"' },
      { file: missing, error: 'ENOENT', message: expect.stringContaining('no such file or directory') as unknown },
    ]);
    expect(report.summary).toMatchObject({ files: 3, inputErrors: 2 });
    expect(report.evaluations.some((e) => e.ComplianceResourceId === 'snapshot-bad')).toBe(true);
  });

  it('skips CloudTrail logs, digests and the writability check in an AWSLogs tree, counted by reason', () => {
    const run = runCli(['scan', join(FIXTURES, 'awslogs'), '--format', 'json']);
    const report = JSON.parse(run.stdout) as JsonReport & { summary: { inputsSkipped: unknown; files: number } };
    expect(report.errors).toEqual([]);
    expect(report.summary).toMatchObject({
      files: 5,
      itemsMalformed: 0,
      inputsSkipped: [
        { reason: 'CloudTrail log file', count: 2 },
        { reason: 'CloudTrail digest file', count: 1 },
        { reason: 'Config writability check file', count: 1 },
      ],
    });
    expect(report.summary.itemsRead).toBeGreaterThan(0);
    expect(run.stdout).not.toContain('configurationItemCaptureTime');
  });

  it.each([
    ['an unknown rule', ['--rule', 'no-such-rule'], /Unknown rule "no-such-rule"; the pack has: .*cloudtrail-log-file-validation/],
    ['a bad parameter value', ['--param', 'cloudtrail-encryption.kmsKeyArns=not-an-arn'], /Rule cloudtrail-encryption: Invalid rule parameter kmsKeyArns="not-an-arn"/],
    ['an unknown parameter', ['--param', 'cloudtrail-encryption.kmsKeys=x'], /unknown parameter; expected one of kmsKeyArns/],
    ['a malformed --param', ['--param', 'kmsKeyArns'], /is not ID\.NAME=VALUE/],
    [
      'parameters the rule rejects together (its checkParameters, as in the Lambda)',
      ['--param', 's3-bucket-public-access.checkRead=false', '--param', 's3-bucket-public-access.checkWrite=false'],
      /Rule s3-bucket-public-access: Invalid rule parameter checkRead=false: checkRead and checkWrite are both false, so the rule would check nothing/,
    ],
    ['an unknown format', ['--format', 'xml'], /--format "xml" is not one of table, json, junit, sarif/],
    ['an unknown option', ['--colour'], /Unknown option '--colour'/],
  ])('exits 2 on %s', (_name, args, message) => {
    const run = runCli(['scan', join(FIXTURES, 'clean'), ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('applies --param with the Lambda coercion (a key outside kmsKeyArns makes every KMS trail non-compliant)', () => {
    const other = 'arn:aws:kms:eu-west-1:111122223333:key/ffffffff-12ab-34cd-56ef-1234567890ab';
    const run = runCli(['scan', join(FIXTURES, 'clean'), '--rule', 'cloudtrail-encryption', '--param', `cloudtrail-encryption.kmsKeyArns= ${other} `, '--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.summary.compliance).toEqual({ COMPLIANT: 0, NON_COMPLIANT: 2, NOT_APPLICABLE: 0 });
    expect(report.evaluations[0]?.Annotation).toMatch(/not in kmsKeyArns/);
  });

  it('prints a table by default, non-compliant first, without colour off a terminal', () => {
    const run = runCli(['scan', join(FIXTURES, 'forms', 'array.json'), ...TRAIL_RULES]);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout).toContain('cloudtrail-log-file-validation  1 non-compliant, 1 compliant, 0 not applicable\n  ✗ AWS::CloudTrail::Trail array-bad');
  });
});
