import { accountItem } from './account';
import { cloudTrailItem } from './cloudtrail-trail';
import { ebsSnapshotItem } from './ebs-snapshot';
import { sampleHostedZones } from './hosted-zone';
import { sampleLoadBalancers } from './load-balancer';
import type { AccountContext, RawItem } from './envelope';
import { SeededRandom } from './random';
import { sampleDatabases } from './rds-database';
import { dbClusterSnapshotItem, dbSnapshotItem } from './rds-snapshot';
import { accountPublicAccessBlockItem, s3BucketItem } from './s3-bucket';
import { securityGroupItem } from './security-group';
import { ec2InstanceItem, iamRoleItem } from './uncovered';
import { vpcItem } from './vpc';

export interface AccountItemsOptions {
  readonly seed: number;
  /** How many items in all (at least a dozen). */
  readonly total: number;
  readonly account: AccountContext;
  /**
   * Put the account-level S3 public access block after every bucket, the worst case for the scanner
   * (each bucket waits for it). Otherwise it comes first.
   */
  readonly relatedLast: boolean;
}

type Kind = 'sg' | 'bucket' | 'dbSnapshot' | 'clusterSnapshot' | 'trail' | 'ebsSnapshot' | 'vpc' | 'instance' | 'role';

/** Shares of each kind in a mid-sized production account; a few percent of recorded items are deletions. */
const MIX: readonly (readonly [Kind, number])[] = [
  ['sg', 0.22],
  ['bucket', 0.1],
  ['dbSnapshot', 0.06],
  ['clusterSnapshot', 0.03],
  ['trail', 0.004],
  ['ebsSnapshot', 0.22],
  ['vpc', 0.02],
  ['instance', 0.2],
  ['role', 0.126],
];
const DELETED_SHARE = 0.03;

function kindOf(random: SeededRandom): Kind {
  let roll = random.next();
  for (const [kind, share] of MIX) {
    roll -= share;
    if (roll < 0) return kind;
  }
  return 'role';
}

/**
 * A realistic, deterministic account: security groups, buckets, RDS and EBS snapshots, trails, VPCs,
 * the collected account item, the account-level S3 block, plus types no rule covers and some
 * deletions, mixing compliant and exposed resources. A generator, so the benchmark can write a
 * million items without holding them.
 */
export function* accountItems(options: AccountItemsOptions): Generator<RawItem> {
  const random = new SeededRandom(options.seed);
  const { account } = options;
  const counters = new Map<Kind, number>();
  const next = (kind: Kind): number => {
    const value = counters.get(kind) ?? 0;
    counters.set(kind, value + 1);
    return value;
  };
  const block = accountPublicAccessBlockItem(account, { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false });
  const trails = [
    { name: 'management-events', validation: true, kms: true, cloudWatchLogs: true },
    { name: 'data-events', validation: false, kms: false, cloudWatchLogs: false },
  ];
  yield accountItem(account, {
    mfa: true,
    rootAccessKeys: false,
    users: 12,
    roles: 48,
    trails,
    guardDuty: 'ENABLED',
    // ECR scanning suspended: inspector-enabled reports the account.
    inspector: { ec2: 'ENABLED', ecr: 'SUSPENDED', lambda: 'ENABLED', lambdaCode: 'DISABLED' },
    // Elastic IPs at 4 of the default 5: above service-limits' 80 % threshold.
    quotas: { vpcs: [11, 20], internetGateways: [6, 20], elasticIps: [4, 5] },
  });
  for (const trail of trails) yield cloudTrailItem(account, trail);
  // A fixed set of logging resources (each exposure kind once), before the random mix so it is unchanged.
  const logging = [...sampleLoadBalancers(account), ...sampleDatabases(account), ...sampleHostedZones(account)];
  yield* logging;
  if (!options.relatedLast) yield block;
  const blockState = 'unblocked';
  for (let produced = 2 + trails.length + logging.length; produced < options.total; produced += 1) {
    const kind = kindOf(random);
    const index = next(kind);
    const deleted = random.chance(DELETED_SHARE);
    switch (kind) {
      case 'sg':
        yield securityGroupItem(random, account, index, deleted);
        break;
      case 'bucket':
        yield s3BucketItem(random, account, index, deleted);
        break;
      case 'dbSnapshot':
        yield dbSnapshotItem(random, account, index, deleted);
        break;
      case 'clusterSnapshot':
        yield dbClusterSnapshotItem(random, account, index, deleted);
        break;
      case 'trail':
        yield cloudTrailItem(
          account,
          { name: `trail-${index}`, validation: random.chance(0.7), kms: random.chance(0.6), cloudWatchLogs: random.chance(0.5) },
          deleted,
        );
        break;
      case 'ebsSnapshot':
        yield ebsSnapshotItem(random, account, index, blockState);
        break;
      case 'vpc':
        yield vpcItem(random, account, index);
        break;
      case 'instance':
        yield ec2InstanceItem(random, account, index);
        break;
      case 'role':
        yield iamRoleItem(random, account, index);
        break;
    }
  }
  if (options.relatedLast) yield block;
}
