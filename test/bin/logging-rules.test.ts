import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dbClusterSnapshotItem, dbSnapshotItem } from '../../rules/rds-snapshot-public/snapshot-items';
import { offlineCollectorContext } from '../rule-kit/collectors/collector-context';
import { runCli, type JsonReport } from './run-cli';

jest.setTimeout(120_000);

/**
 * The scanner path of the issue-14 rules: `config-rules scan` over each rule's recorded fixtures (the
 * same files its Lambda tests use), one verdict per resource, as the Lambda reports them.
 */
const RULES = join(__dirname, '..', 'rules');

function scan(rule: string, ...args: string[]): JsonReport {
  const run = runCli(['scan', join(RULES, rule, 'fixtures'), '--rule', rule, '--format', 'json', ...args]);
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as JsonReport;
  expect(report.errors).toEqual([]);
  expect(run.status).toBe((report.summary.compliance['NON_COMPLIANT'] ?? 0) > 0 ? 1 : 0);
  return report;
}

function verdicts(report: JsonReport): Record<string, string> {
  return Object.fromEntries(report.evaluations.map((e) => [e.ComplianceResourceId, `${e.ComplianceType} ${e.Annotation ?? ''}`.trim()]));
}

describe('config-rules scan over the issue-14 rules\' recorded fixtures', () => {
  it('elb-access-logs: Application, Network and Classic load balancers, a Gateway LB, a deleted one', () => {
    const alb = (kind: string, name: string, region = 'eu-west-1', partition = 'aws') =>
      `arn:${partition}:elasticloadbalancing:${region}:111122223333:loadbalancer/${kind}/${name}/50dc6c495c0c9188`;
    expect(verdicts(scan('elb-access-logs'))).toEqual({
      [alb('app', 'shop-web')]: 'COMPLIANT Load balancer shop-web writes access logs to org-elb-access-logs.',
      [alb('app', 'shop-web-cn', 'cn-north-1', 'aws-cn')]: 'COMPLIANT Load balancer shop-web-cn writes access logs to cn-elb-logs.',
      [alb('net', 'mqtt-ingest')]: 'COMPLIANT Load balancer mqtt-ingest writes access logs to iot-nlb-logs.',
      [alb('app', 'admin-portal')]: 'NON_COMPLIANT Load balancer admin-portal does not write access logs.',
      [alb('gwy', 'inspection')]: 'NOT_APPLICABLE Gateway Load Balancers write no access logs.',
      [alb('app', 'retired-api')]: 'NOT_APPLICABLE The resource was deleted.',
      'legacy-web': 'COMPLIANT Load balancer legacy-web writes access logs to org-elb-access-logs.',
      'legacy-batch': 'NON_COMPLIANT Load balancer legacy-batch does not write access logs.',
    });
  });

  it('elb-access-logs: --param s3BucketNames as the Lambda takes it', () => {
    const report = scan('elb-access-logs', '--param', 'elb-access-logs.s3BucketNames=org-elb-access-logs');
    expect(verdicts(report)['legacy-web']).toMatch(/^COMPLIANT/);
    expect(Object.entries(verdicts(report)).filter(([, v]) => v.includes('which is not one of org-elb-access-logs')).length).toBe(2);
  });

  it('rds-log-exports: instances and clusters, a stopped instance, an Aurora member, a deleted one', () => {
    const named = scan('rds-log-exports').evaluations.map((e) => `${e.ComplianceType} ${/^DB (instance|cluster) \S+/.exec(e.Annotation ?? '')?.[0] ?? e.Annotation ?? ''}`);
    expect(named.sort()).toEqual([
      'COMPLIANT DB cluster inventory-aurora',
      'COMPLIANT DB instance orders-db',
      'NON_COMPLIANT DB cluster events-aurora',
      'NON_COMPLIANT DB instance billing-db',
      'NON_COMPLIANT DB instance erp-db',
      'NOT_APPLICABLE DB instance inventory-aurora-1',
      'NOT_APPLICABLE DB instance reports-db',
      'NOT_APPLICABLE The resource was deleted.',
    ]);
  });

  it('inspector-enabled: collected account items of several accounts and Regions (one per file)', () => {
    const report = scan('inspector-enabled');
    // Each fixture is the same account in another state; the scanner keeps the latest item per resource, so
    // scan the files one by one as separate collector runs would be.
    expect(report.summary.itemsRead).toBe(7);
    const files = ['all-enabled', 'ecr-suspended-lambda-disabled', 'unavailable-region', 'failed-account'];
    const expected = ['COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE', 'NON_COMPLIANT'];
    files.forEach((file, index) => {
      const run = runCli(['scan', join(RULES, 'inspector-enabled', 'fixtures', `${file}.json`), '--rule', 'inspector-enabled', '--format', 'json']);
      const single = JSON.parse(run.stdout) as JsonReport;
      expect(single.evaluations.map((e) => [e.ComplianceResourceType, e.ComplianceType])).toEqual([['AWS::::Account', expected[index]]]);
    });
  });

  it('route53-query-logging: hosted zones (public, private, other Region, deleted) and VPCs with joined associations', () => {
    const found = verdicts(scan('route53-query-logging'));
    expect(Object.fromEntries(Object.entries(found).map(([id, verdict]) => [id, verdict.split(' ')[0]]))).toEqual({
      Z0987654321JIHGFEDCBA: 'NON_COMPLIANT',
      Z05550123PRIVATEZONE1: 'NOT_APPLICABLE',
      // zone-logging.json and zone-other-region.json record one zone in two Regions: the latest item wins.
      Z0123456789ABCDEFGHIJ: expect.stringMatching(/^(COMPLIANT|NOT_APPLICABLE)$/) as unknown as string,
      Z0DELETED000000000001: 'NOT_APPLICABLE',
      'vpc-0a1b2c3d4e5f60718': 'COMPLIANT',
      'vpc-01f2e3d4c5b6a7980': 'NON_COMPLIANT',
      'vpc-0c1d2e3f4a5b6c7d8': 'NON_COMPLIANT',
      'vpc-0e1f2a3b4c5d6e7f8': 'NON_COMPLIANT',
    });
    const zone = runCli(['scan', join(RULES, 'route53-query-logging', 'fixtures', 'zone-logging.json'), '--rule', 'route53-query-logging', '--format', 'json']);
    expect((JSON.parse(zone.stdout) as JsonReport).evaluations.map((e) => e.ComplianceType)).toEqual(['COMPLIANT']);
  });

  it('rds-snapshot-public: the periodic collector\'s items (RDS read directly) scan like Config\'s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-rules-rds-'));
    try {
      const ctx = offlineCollectorContext('111122223333', 'eu-west-1', '2026-03-04T14:00:00.000Z');
      const restore = (values: string[]) => [{ AttributeName: 'restore', AttributeValues: values }];
      const items = [
        dbSnapshotItem(ctx, { DBSnapshotIdentifier: 'open', DBSnapshotArn: 'arn:aws:rds:eu-west-1:111122223333:snapshot:open', SnapshotType: 'manual' }, restore(['all'])),
        dbSnapshotItem(ctx, { DBSnapshotIdentifier: 'shared', DBSnapshotArn: 'arn:aws:rds:eu-west-1:111122223333:snapshot:shared', SnapshotType: 'manual' }, restore(['444455556666'])),
        dbClusterSnapshotItem(ctx, { DBClusterSnapshotIdentifier: 'c-open', DBClusterSnapshotArn: 'arn:aws:rds:eu-west-1:111122223333:cluster-snapshot:c-open' }, restore(['all'])),
      ];
      const path = join(dir, 'collected.json');
      writeFileSync(path, JSON.stringify({ _source: 'rds-snapshot-public collector output (snapshot-items builders)', configurationItems: items }));
      const run = runCli(['scan', path, '--rule', 'rds-snapshot-public', '--format', 'json']);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      expect(Object.fromEntries((JSON.parse(run.stdout) as JsonReport).evaluations.map((e) => [e.ComplianceResourceId, e.ComplianceType]))).toEqual({
        open: 'NON_COMPLIANT',
        shared: 'COMPLIANT',
        'c-open': 'NON_COMPLIANT',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
