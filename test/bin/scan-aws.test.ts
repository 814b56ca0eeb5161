import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ConfigurationItem } from '../../rule-kit';
import { FakeCloud, startStandIn, type AwsStandIn } from '../aws-stand-in';
import { SAMPLE_ACCOUNT } from '../../bin/cli/run-cli';
import { runCliAsync } from './run-cli-async';
import { runCli, type JsonReport } from './run-cli';

// The sample account's recorded items (schema 1.3, see bin/sample-account/README) served by the stand-in's Config.
const SAMPLE = JSON.parse(gunzipSync(readFileSync(SAMPLE_ACCOUNT)).toString('utf8')) as { configurationItems: ConfigurationItem[] };
const ACCOUNT = '111122223333';
const MEMBER = '444455556666';
const RECORDED_RULES = ['sg-open-ports', 's3-bucket-public-access', 'cloudtrail-log-file-validation', 'cloudtrail-encryption'];
const ruleArgs = RECORDED_RULES.flatMap((id) => ['--rule', id]);
// What Config's API holds for the same account: ListDiscoveredResources leaves deleted resources out.
const DELETED = new Set(['ResourceDeleted', 'ResourceDeletedNotRecorded']);
const CURRENT = { ...SAMPLE, configurationItems: SAMPLE.configurationItems.filter((item) => !DELETED.has(item.configurationItemStatus)) };

interface Report extends JsonReport {
  readonly summary: JsonReport['summary'] & { notEvaluated: { ConfigRuleName: string; reason: string; account?: string; region?: string }[] };
  readonly errors: (JsonReport['errors'][number] & { account?: string; region?: string; action?: string })[];
}

/** The CLI's own stderr lines (Node 20 also gets the SDK's end-of-support warning there). */
function cliLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.startsWith('config-rules:'));
}

/**
 * The report's evaluations, each serialised as the report writes it, in a canonical order: Config's API
 * lists resources type by type where a snapshot file interleaves them, so only the order may differ.
 */
function evaluationsText(stdout: string): string {
  return (JSON.parse(stdout) as Report).evaluations
    .map((evaluation) => JSON.stringify(evaluation))
    .sort()
    .join('\n');
}

describe('config-rules scan --live and s3:// against the AWS stand-in', () => {
  let standIn: AwsStandIn;
  let env: Record<string, string>;
  const cloud = new FakeCloud();
  const dir = mkdtempSync(join(tmpdir(), 'scan-aws-'));
  const currentFile = join(dir, 'current-snapshot.json');

  beforeAll(async () => {
    // Prepare: the sample account recorded in eu-west-1, a member account with the same items and a role, and a bucket.
    for (const item of SAMPLE.configurationItems) cloud.region(ACCOUNT, 'eu-west-1').recorded.push(item);
    cloud.region(ACCOUNT, 'us-east-1');
    cloud.account(ACCOUNT).roles.add('ConfigRulesScanner');
    cloud.account(ACCOUNT).accountSummary['AccountMFAEnabled'] = 1;
    cloud.account(ACCOUNT).accountSummary['AccountAccessKeysPresent'] = 0;
    cloud.account(MEMBER);
    cloud.aggregators.set('org', { accounts: [ACCOUNT], regions: ['eu-west-1'] });
    const bucket = cloud.bucket('config-bucket');
    const key = (day: number, stamp: string) =>
      `AWSLogs/${ACCOUNT}/Config/eu-west-1/2026/11/${day}/ConfigSnapshot/${ACCOUNT}_Config_eu-west-1_ConfigSnapshot_${stamp}_a1b2c3d4.json.gz`;
    const older = { ...SAMPLE, configurationItems: SAMPLE.configurationItems.slice(0, 5) };
    bucket.set(key(2, '20261102T101500Z'), { body: gzipSync(JSON.stringify(older)), lastModified: new Date('2026-11-02T10:15:00Z') });
    bucket.set(key(30, '20261130T101500Z'), { body: readFileSync(SAMPLE_ACCOUNT), lastModified: new Date('2026-11-30T10:15:00Z') });
    bucket.set(`AWSLogs/${ACCOUNT}/CloudTrail/eu-west-1/2026/11/30/${ACCOUNT}_CloudTrail_eu-west-1_20261130T1015Z_x.json.gz`, {
      body: gzipSync('{"Records":[]}'),
      lastModified: new Date(),
    });
    bucket.set(`AWSLogs/${ACCOUNT}/Config/ConfigWritabilityCheckFile`, { body: Buffer.from(''), lastModified: new Date() });
    for (let i = 0; i < 1001; i += 1) bucket.set(`AWSLogs/${ACCOUNT}/Config/eu-west-1/2026/10/1/ConfigHistory/filler-${String(i).padStart(4, '0')}.txt`, { body: Buffer.from('x'), lastModified: new Date() });
    writeFileSync(currentFile, JSON.stringify(CURRENT));
    standIn = await startStandIn(cloud);
    env = standIn.environment(ACCOUNT, `arn:aws:iam::${ACCOUNT}:user/auditor`, 'eu-west-1');
  });
  afterAll(async () => {
    await standIn.stop();
  });

  it('gives the same evaluations live as from the equivalent file, byte for byte', async () => {
    // Act
    const live = await runCliAsync(['scan', '--live', '--format', 'json', ...ruleArgs], env);
    const file = runCli(['scan', currentFile, '--format', 'json', ...ruleArgs]);
    // Assess
    expect(cliLines(live.stderr)).toEqual([]);
    expect(live.stderr).not.toContain('\r'); // no progress line on a pipe
    expect(live.status).toBe(file.status);
    expect(evaluationsText(live.stdout)).toBe(evaluationsText(file.stdout));
    expect((JSON.parse(live.stdout) as Report).evaluations.length).toBeGreaterThan(50);
    const counts = standIn.callCounts();
    // 73 groups, 24 buckets, 2 trails, 1 block: one BatchGet per type here (at most 100 keys each).
    expect(counts['config:BatchGetResourceConfig']).toBeLessThanOrEqual(6);
  }, 60_000);

  it('reads the latest snapshot of the delivery bucket and skips what is not a Config snapshot', async () => {
    // Act
    const bucket = await runCliAsync(['scan', `s3://config-bucket/AWSLogs/`, '--format', 'json', ...ruleArgs], env);
    const file = runCli(['scan', SAMPLE_ACCOUNT, '--format', 'json', ...ruleArgs]);
    // Assess
    expect(cliLines(bucket.stderr)).toEqual([]);
    expect(evaluationsText(bucket.stdout)).toBe(evaluationsText(file.stdout));
    const report = JSON.parse(bucket.stdout) as Report & { files?: unknown };
    expect(report.summary.itemsRead).toBe(SAMPLE.configurationItems.length);
    // 1,006 keys: two ListObjectsV2 pages; only the newest snapshot is fetched.
    expect(standIn.calls.filter((c) => c.operation === 'ListObjectsV2').length).toBeGreaterThanOrEqual(2);
    expect(standIn.calls.filter((c) => c.operation === 'GetObject').length).toBe(1);
  }, 60_000);

  it('reports a denied Region in errors and its rules as not evaluated there, reads the rest, exits 2', async () => {
    // Prepare
    standIn.deny({ action: 'config:ListDiscoveredResources', region: 'us-east-1' });
    // Act
    const run = await runCliAsync(['scan', '--live', '--regions', 'eu-west-1,us-east-1', '--format', 'json', '--rule', 'sg-open-ports'], env);
    // Assess
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.errors).toEqual([
      expect.objectContaining({ account: ACCOUNT, region: 'us-east-1', error: 'AccessDeniedException', action: 'config:ListDiscoveredResources' }),
    ]);
    expect(report.summary.notEvaluated).toEqual([expect.objectContaining({ ConfigRuleName: 'sg-open-ports', account: ACCOUNT, region: 'us-east-1' })]);
    expect(report.summary.byRule['sg-open-ports']?.['NON_COMPLIANT']).toBeGreaterThan(0);
  }, 60_000);

  it('reports an account whose role cannot be assumed once, and reads the others', async () => {
    // Act
    const run = await runCliAsync(
      ['scan', '--live', '--role-name', 'ConfigRulesScanner', '--accounts', `${ACCOUNT},${MEMBER}`, '--format', 'json', '--rule', 'sg-open-ports'],
      env,
    );
    // Assess
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.errors).toEqual([expect.objectContaining({ account: MEMBER, error: 'AccessDenied', action: 'sts:AssumeRole' })]);
    expect(report.summary.notEvaluated.map((entry) => entry.account)).toEqual([MEMBER]);
    expect(report.summary.byRule['sg-open-ports']?.['NON_COMPLIANT']).toBeGreaterThan(0);
  }, 60_000);

  it('reads the ACTIVE accounts of the organization, and every enabled Region with --regions all', async () => {
    // Prepare
    const suspended = '777788889999';
    cloud.account(suspended).state = 'SUSPENDED';
    cloud.account(suspended).roles.add('ConfigRulesScanner');
    const before = standIn.calls.length;
    // Act
    const run = await runCliAsync(
      ['scan', '--live', '--role-name', 'ConfigRulesScanner', '--organization', '--regions', 'all', '--format', 'json', '--rule', 'root-mfa'],
      env,
    );
    // Assess
    const calls = standIn.calls.slice(before);
    expect(calls.filter((c) => c.operation === 'ListAccounts')).toHaveLength(1);
    expect(calls.filter((c) => c.operation === 'DescribeRegions')).toHaveLength(1);
    expect(calls.filter((c) => c.account === suspended)).toEqual([]);
    const report = JSON.parse(run.stdout) as Report;
    // The member has no such role: one failure; the caller's account is read in both enabled Regions.
    expect(report.errors).toEqual([expect.objectContaining({ account: MEMBER, action: 'sts:AssumeRole' })]);
    expect(calls.filter((c) => c.operation === 'GetAccountSummary' && c.account === ACCOUNT).map((c) => c.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(report.evaluations.map((e) => [e.ConfigRuleName, e.ComplianceType])).toEqual([
      ['root-mfa', 'COMPLIANT'],
      ['root-mfa', 'COMPLIANT'],
    ]);
  }, 60_000);

  it('reads recorded items through an aggregator', async () => {
    // Prepare
    const before = standIn.calls.length;
    // Act
    const run = await runCliAsync(['scan', '--live', '--aggregator', 'org', '--format', 'json', ...ruleArgs], env);
    const file = runCli(['scan', currentFile, '--format', 'json', ...ruleArgs]);
    // Assess
    expect(cliLines(run.stderr)).toEqual([]);
    expect(evaluationsText(run.stdout)).toBe(evaluationsText(file.stdout));
    const operations = new Set(standIn.calls.slice(before).map((c) => c.operation));
    expect(operations).toEqual(new Set(['GetCallerIdentity', 'ListAggregateDiscoveredResources', 'BatchGetAggregateResourceConfig']));
  }, 60_000);

  it('runs collectors: collect writes JSON Lines that scan like any input', async () => {
    // Act
    const out = join(dir, 'collected.jsonl.gz');
    const run = await runCliAsync(['collect', '--rule', 'root-mfa', '--rule', 'root-access-keys', '--regions', 'eu-west-1', '-o', out], env);
    const scanned = runCli(['scan', out, '--format', 'json', '--rule', 'root-mfa', '--rule', 'root-access-keys']);
    // Assess
    expect(run.stderr).toContain('collected 1 item(s)');
    expect(run.status).toBe(0);
    const report = JSON.parse(scanned.stdout) as Report;
    expect(report.summary.notEvaluated).toEqual([]);
    expect(report.evaluations.map((e) => [e.ConfigRuleName, e.ComplianceType])).toEqual([
      ['root-mfa', 'COMPLIANT'],
      ['root-access-keys', 'COMPLIANT'],
    ]);
  }, 60_000);

  it('stops before anything else with one line when the credentials are refused', async () => {
    // Act
    const run = await runCliAsync(['scan', '--live'], { ...env, AWS_ACCESS_KEY_ID: 'AKIAUNKNOWN' });
    // Assess
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(cliLines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/InvalidClientTokenId.*default provider chain.*--profile/);
  }, 60_000);

  it('says which rules a plain file scan could not evaluate, and --require-evidence fails on them', () => {
    // Prepare
    const path = join(dir, 'one-group.json');
    const group = SAMPLE.configurationItems.find((item) => item.resourceType === 'AWS::EC2::SecurityGroup');
    writeFileSync(path, JSON.stringify({ fileVersion: '1.0', configurationItems: [group] }));
    // Act
    const run = runCli(['scan', path, '--format', 'json', '--rule', 'sg-open-ports', '--rule', 'cloudtrail-enabled', '--rule', 's3-account-public-access-block']);
    const strict = runCli(['scan', path, '--require-evidence', '--rule', 'sg-open-ports', '--rule', 'cloudtrail-enabled']);
    // Assess
    const report = JSON.parse(run.stdout) as Report;
    expect(report.summary.notEvaluated).toEqual([
      expect.objectContaining({ ConfigRuleName: 'cloudtrail-enabled', reason: expect.stringContaining('run config-rules collect, or scan --live') }),
      expect.objectContaining({ ConfigRuleName: 's3-account-public-access-block', reason: expect.stringContaining('the account may have no block') }),
    ]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/cloudtrail-enabled {2}not evaluated/);
    expect(strict.stdout).not.toMatch(/cloudtrail-enabled {2}0 non-compliant/);
  });
});
