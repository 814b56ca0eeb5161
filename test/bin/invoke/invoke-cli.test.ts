import { join } from 'node:path';
import { parseCommand } from '../../../bin/cli/parse-command';
import { UsageError } from '../../../bin/cli/usage-error';
import { runCli } from '../run-cli';

jest.setTimeout(60_000);

const FIXTURES = join(__dirname, '..', '..', 'rules', 'cloudtrail-log-file-validation', 'fixtures');

describe('config-rules invoke', () => {
  it('prints the evaluations the handler sent, as JSON, and exits 1 on NON_COMPLIANT', () => {
    const run = runCli(['invoke', 'cloudtrail-log-file-validation', '--item', join(FIXTURES, 'trail-validation-disabled.json'), '--format', 'json']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        ComplianceResourceType: 'AWS::CloudTrail::Trail',
        ComplianceResourceId: 'data-events',
        ComplianceType: 'NON_COMPLIANT',
        Annotation: 'Log file validation is disabled on trail data-events.',
        OrderingTimestamp: '2026-03-02T09:16:51.877Z',
      },
    ]);
  });

  it('prints a table and exits 0 when the verdict is COMPLIANT; an unknown rule exits 2 naming it', () => {
    const run = runCli(['invoke', 'cloudtrail-log-file-validation', '--item', join(FIXTURES, 'trail-validation-enabled.json')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^COMPLIANCE +RESOURCE TYPE +RESOURCE ID +ORDERING TIMESTAMP +ANNOTATION\nCOMPLIANT +AWS::CloudTrail::Trail +management-events /);
    const unknown = runCli(['invoke', 'no-such-rule', '--periodic']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/no rule "no-such-rule" in rules\/index\.ts/);
  });

  it.each([
    [['invoke', 'x'], /exactly one of --item FILE, --event FILE or --periodic/],
    [['invoke', 'x', '--event', 'e.json', '--periodic'], /exactly one of/],
    [['invoke', 'x', '--periodic', '--oversized'], /--oversized goes with --item alone/],
    [['invoke', 'x', '--periodic', '--param', 'novalue'], /is not NAME=VALUE/],
    [['invoke', 'x', '--periodic', '--format', 'sarif'], /is not table or json/],
    [['invoke', 'x', '--periodic', '--bogus'], /invoke: .*Unknown option '--bogus'/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });

  it('reads --param NAME=VALUE and --item with --periodic as what Config recorded', () => {
    expect(parseCommand(['invoke', 'r', '--periodic', '--item', 'a.json', '--param', 'a=1,2', '--live'])).toMatchObject({
      kind: 'invoke',
      periodic: true,
      item: 'a.json',
      parameters: { a: '1,2' },
      live: true,
    });
  });
});
