import type { ConfigurationItem } from '../../rule-kit';

/**
 * What the stand-in's handlers answer from: accounts, their Regions and what Config recorded there, the
 * facts the collectors read, an organization, aggregators and S3 buckets. Plain data: a test builds the
 * world it needs, then asserts on the calls the stand-in logged.
 */
export interface FakeSnapshot {
  readonly SnapshotId: string;
  readonly VolumeId: string;
  readonly VolumeSize: number;
  readonly State: 'completed' | 'pending' | 'error';
  readonly StartTime: string;
  readonly Encrypted: boolean;
  readonly Description?: string;
  /** Restorable by `all`. */
  readonly public: boolean;
}

export interface FakeVpc {
  readonly VpcId: string;
  readonly CidrBlock: string;
  readonly IsDefault: boolean;
  readonly State: 'available' | 'pending';
}

export interface FakeFlowLog {
  readonly FlowLogId: string;
  readonly ResourceId: string;
  readonly TrafficType: 'ALL' | 'ACCEPT' | 'REJECT';
  readonly FlowLogStatus: 'ACTIVE';
  readonly DeliverLogsStatus: 'SUCCESS' | 'FAILED';
  readonly LogDestinationType: 'cloud-watch-logs' | 's3';
  readonly LogDestination: string;
}

export interface FakeTrail {
  readonly Name: string;
  readonly HomeRegion: string;
  readonly IsMultiRegionTrail: boolean;
  readonly IsOrganizationTrail: boolean;
  readonly S3BucketName: string;
  readonly LogFileValidationEnabled: boolean;
  readonly IsLogging: boolean;
  readonly ReadWriteType: 'All' | 'ReadOnly' | 'WriteOnly';
  readonly IncludeManagementEvents: boolean;
}

export interface FakeDetector {
  readonly DetectorId: string;
  readonly Status: 'ENABLED' | 'DISABLED';
  readonly FindingPublishingFrequency: 'FIFTEEN_MINUTES' | 'ONE_HOUR' | 'SIX_HOURS';
  readonly AdministratorAccountId?: string;
}

export interface FakeRegion {
  /** Whether a configuration recorder records here (DescribeConfigurationRecorderStatus). */
  configRecording: boolean;
  /** Recorded configuration items, in notification shape (as snapshot files hold them). */
  readonly recorded: ConfigurationItem[];
  readonly snapshots: FakeSnapshot[];
  snapshotBlockPublicAccess: 'unblocked' | 'block-all-sharing' | 'block-new-sharing';
  readonly vpcs: FakeVpc[];
  readonly flowLogs: FakeFlowLog[];
  readonly trails: FakeTrail[];
  readonly detectors: FakeDetector[];
  readonly internetGateways: number;
  readonly elasticIps: number;
  /** Service Quotas applied values by `serviceCode/quotaCode`. */
  readonly quotas: Record<string, number>;
}

export interface FakeAccount {
  readonly id: string;
  readonly regions: Map<string, FakeRegion>;
  /** IAM GetAccountSummary's SummaryMap. */
  readonly accountSummary: Record<string, number>;
  /** Roles others may assume (names, path included), e.g. `ConfigRulesScanner`. */
  readonly roles: Set<string>;
  /** S3 Control's account-level block; undefined answers NoSuchPublicAccessBlockConfiguration. */
  accountBlock: { BlockPublicAcls: boolean; IgnorePublicAcls: boolean; BlockPublicPolicy: boolean; RestrictPublicBuckets: boolean } | undefined;
  /** ACTIVE, SUSPENDED or CLOSED in the organization. */
  state: 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE' | 'CLOSED';
}

export interface FakeAggregator {
  readonly accounts: readonly string[];
  readonly regions: readonly string[];
}

export interface FakeObject {
  readonly body: Buffer;
  readonly lastModified: Date;
}

export class FakeCloud {
  readonly accounts = new Map<string, FakeAccount>();
  readonly aggregators = new Map<string, FakeAggregator>();
  readonly buckets = new Map<string, Map<string, FakeObject>>();
  /** Regions DescribeRegions lists (enabled for every account). */
  enabledRegions: string[] = ['us-east-1', 'eu-west-1'];
  partition = 'aws';

  account(id: string): FakeAccount {
    let account = this.accounts.get(id);
    if (account === undefined) {
      account = { id, regions: new Map(), accountSummary: {}, roles: new Set(), accountBlock: undefined, state: 'ACTIVE' };
      this.accounts.set(id, account);
    }
    return account;
  }

  region(accountId: string, region: string): FakeRegion {
    const account = this.account(accountId);
    let place = account.regions.get(region);
    if (place === undefined) {
      place = {
        configRecording: true,
        recorded: [],
        snapshots: [],
        snapshotBlockPublicAccess: 'unblocked',
        vpcs: [],
        flowLogs: [],
        trails: [],
        detectors: [],
        internetGateways: 0,
        elasticIps: 0,
        quotas: {},
      };
      account.regions.set(region, place);
    }
    return place;
  }

  bucket(name: string): Map<string, FakeObject> {
    let bucket = this.buckets.get(name);
    if (bucket === undefined) {
      bucket = new Map();
      this.buckets.set(name, bucket);
    }
    return bucket;
  }
}
