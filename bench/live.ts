/**
 * The live-scan benchmark: a synthetic account of 2,000 recorded resources in 4 Regions (500 each, over
 * the recorded rules' types) plus the facts every collector reads, served by the AWS stand-in
 * (test/aws-stand-in) with 40 ms added to every call, read by `liveSource` with every rule whose APIs the stand-in serves,
 * exactly as `config-rules scan --live --regions ...` reads it.
 *
 * Prints the calls made by operation, the minimum the Config reads need (one ListDiscoveredResources page
 * per 100 keys, at least one per type, and one BatchGetResourceConfig per 100 keys), wall time, the sum
 * of the calls' latencies (what reading serially would cost) and their ratio. Targets: Config calls equal
 * to the minimum; wall time at most a quarter of the serial sum.
 *
 *   npx tsx bench/live.ts [--latency MS] [--concurrency N]
 */
import { lookup } from 'node:dns';
import { Agent } from 'node:http';
import { parseArgs } from 'node:util';
import type { ConfigurationItem } from '../rule-kit';
import { DEFAULT_CONCURRENCY, liveSource, openSession } from '../rule-kit/scanner/sources';
import { rules as pack } from '../rules';
import { FakeCloud, startStandIn } from '../test/aws-stand-in';

// Rules whose APIs the stand-in serves (not yet RDS, Inspector2 or Route 53, which later collectors read).
const UNSERVED = new Set(['rds-snapshot-public', 'inspector-enabled', 'route53-query-logging']);
const rules = pack.filter((rule) => !UNSERVED.has(rule.id));
const ACCOUNT = '111122223333';
const REGIONS = ['eu-west-1', 'eu-central-1', 'us-east-1', 'us-west-2'];
// 500 recorded resources a Region, over the types the rules without a collector (and related lookups) read.
const PER_REGION: Readonly<Record<string, number>> = {
  'AWS::EC2::SecurityGroup': 250,
  'AWS::S3::Bucket': 120,
  'AWS::RDS::DBInstance': 80,
  'AWS::RDS::DBCluster': 46,
  'AWS::CloudTrail::Trail': 3,
  'AWS::S3::AccountPublicAccessBlock': 1,
};

function item(resourceType: string, resourceId: string, region: string): ConfigurationItem {
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-11-30T10:00:00.000Z',
    configurationItemStatus: 'OK',
    configurationStateId: '1701338400000',
    awsAccountId: ACCOUNT,
    awsRegion: region,
    resourceType,
    resourceId,
    resourceName: resourceId,
    configuration: { id: resourceId },
    supplementaryConfiguration: {},
    tags: {},
    relationships: [],
    relatedEvents: [],
  } as ConfigurationItem;
}

function buildCloud(): FakeCloud {
  const cloud = new FakeCloud();
  cloud.enabledRegions = REGIONS;
  const account = cloud.account(ACCOUNT);
  Object.assign(account.accountSummary, { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 40, UsersQuota: 5000, Roles: 200, RolesQuota: 1000 });
  account.accountBlock = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
  for (const region of REGIONS) {
    const place = cloud.region(ACCOUNT, region);
    for (const [type, count] of Object.entries(PER_REGION)) for (let i = 0; i < count; i += 1) place.recorded.push(item(type, `${type.split('::')[2]}-${region}-${i}`, region));
    for (let i = 0; i < 300; i += 1) {
      place.snapshots.push({ SnapshotId: `snap-${region}-${i}`, VolumeId: `vol-${i}`, VolumeSize: 8, State: 'completed', StartTime: '2026-11-01T00:00:00.000Z', Encrypted: true, public: false });
    }
    for (let i = 0; i < 5; i += 1) place.vpcs.push({ VpcId: `vpc-${region}-${i}`, CidrBlock: `10.${i}.0.0/16`, IsDefault: i === 0, State: 'available' });
    place.trails.push({
      Name: 'main',
      HomeRegion: 'eu-west-1',
      IsMultiRegionTrail: true,
      IsOrganizationTrail: false,
      S3BucketName: 'trail-bucket',
      LogFileValidationEnabled: true,
      IsLogging: true,
      ReadWriteType: 'All',
      IncludeManagementEvents: true,
    });
    place.detectors.push({ DetectorId: `det-${region}`, Status: 'ENABLED', FindingPublishingFrequency: 'SIX_HOURS' });
  }
  return cloud;
}

/**
 * The fewest Config calls that read every recorded key of the types the rules read (those of rules
 * without a collector, and related types): per type and Region, ceil(n/100) list pages (at least one,
 * empty types too) and ceil(n/100) batches.
 */
function configMinimum(): { list: number; batch: number } {
  const types = new Set(rules.flatMap((rule) => [...(rule.collector === undefined ? rule.resourceTypes : []), ...Object.values(rule.related ?? {}).map((r) => r.resourceType)]));
  let list = 0;
  let batch = 0;
  for (const type of types) {
    const count = PER_REGION[type] ?? 0;
    list += REGIONS.length * Math.max(1, Math.ceil(count / 100));
    batch += REGIONS.length * Math.ceil(count / 100);
  }
  return { list, batch };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { latency: { type: 'string' }, concurrency: { type: 'string' } } });
  const latencyMs = Number(values.latency ?? 40);
  const concurrency = Number(values.concurrency ?? DEFAULT_CONCURRENCY);
  const standIn = await startStandIn(buildCloud(), { latencyMs });
  // S3 Control addresses <account>.<endpoint host>: resolve *.localhost to the stand-in.
  const agent = new Agent({
    keepAlive: true,
    maxSockets: 64,
    lookup: (host, options, callback) => lookup(host.endsWith('.localhost') ? '127.0.0.1' : host, options, callback),
  });
  Object.assign(process.env, standIn.environment(ACCOUNT, `arn:aws:iam::${ACCOUNT}:user/bench`, REGIONS[0]), {
    AWS_ENDPOINT_URL_S3_CONTROL: standIn.url.replace('127.0.0.1', 'localhost'),
  });
  try {
    const session = await openSession({ clientOptions: { requestHandler: { httpAgent: agent } } });
    const run = async (latency: number) => {
      standIn.setLatency(latency);
      standIn.calls.length = 0;
      const started = performance.now();
      let items = 0;
      const failures: string[] = [];
      for await (const input of liveSource({ session, rules, regions: REGIONS, concurrency }).inputs()) {
        if (input.kind === 'failure') failures.push(`${input.name}: ${input.code} ${input.message}`);
        if (input.kind === 'items') for await (const _ of input.items()) items += 1;
      }
      return { wall: performance.now() - started, items, failures, calls: [...standIn.calls], counts: standIn.callCounts() };
    };
    // The same read three times: a warm-up (module loading, JIT), the CPU-only baseline, the measured one.
    await run(0);
    const baseline = await run(0);
    const measured = await run(latencyMs);
    const serial = measured.calls.reduce((sum, call) => sum + call.ms, 0);
    const added = measured.calls.length * latencyMs;
    const minimum = configMinimum();
    const list = measured.counts['config:ListDiscoveredResources'] ?? 0;
    const batch = measured.counts['config:BatchGetResourceConfig'] ?? 0;
    const out = process.stdout;
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    out.write(`live scan: ${rules.length} rules, 1 account x ${REGIONS.length} Regions, ${latencyMs} ms added per call, concurrency ${concurrency}\n`);
    out.write(`items read: ${measured.items.toLocaleString('en-US')}; failures: ${measured.failures.length}\n`);
    for (const failure of measured.failures) out.write(`  ${failure}\n`);
    out.write(`calls made: ${measured.calls.length}\n`);
    for (const [operation, count] of Object.entries(measured.counts)) out.write(`  ${operation.padEnd(44)} ${String(count).padStart(5)}\n`);
    out.write(
      `Config reads: ${list} ListDiscoveredResources (minimum ${minimum.list}), ${batch} BatchGetResourceConfig (minimum ${minimum.batch}): ` +
        `${list === minimum.list && batch === minimum.batch ? 'at the minimum' : 'ABOVE the minimum'}\n`,
    );
    out.write(`wall time: ${s(measured.wall)}; sum of call latencies (serial): ${s(serial)}; wall / serial = ${(measured.wall / serial).toFixed(3)} (target <= 0.25)\n`);
    out.write(
      `baseline, same read with no added latency (this process's CPU: SDK and stand-in): ${s(baseline.wall)}; ` +
        `added latency ${s(added)} cost ${s(measured.wall - baseline.wall)} of wall time = ${((measured.wall - baseline.wall) / added).toFixed(3)} of it\n`,
    );
  } finally {
    agent.destroy();
    await standIn.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
