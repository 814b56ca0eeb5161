import { trailArn, type TrailSpec } from './cloudtrail-trail';
import { envelope, type AccountContext, type RawItem } from './envelope';

/**
 * AWS::::Account as the pack's periodic collectors yield it (Config does not record it). One item per
 * account and region carries what each account-level rule reads: `AccountSummary` (IAM
 * GetAccountSummary SummaryMap: root-mfa, root-access-keys, iam-use, service-limits), `Trails`
 * (DescribeTrails + GetTrailStatus + GetEventSelectors: cloudtrail-enabled), `GuardDuty.Detectors`
 * (ListDetectors + GetDetector: guardduty-enabled), `ServiceQuotas` (Service Quotas values with
 * their usage: service-limits) and `Inspector2` (BatchGetAccountStatus: inspector-enabled). A scan of real data gets these from the collectors' output; Config
 * snapshots hold none.
 */
export interface AccountSpec {
  readonly mfa: boolean;
  readonly rootAccessKeys: boolean;
  readonly users: number;
  readonly roles: number;
  readonly trails: readonly TrailSpec[];
  readonly guardDuty: 'ENABLED' | 'DISABLED';
  /** Inspector's status per scan type (BatchGetAccountStatus resourceState). */
  readonly inspector: { readonly ec2: string; readonly ecr: string; readonly lambda: string; readonly lambdaCode: string };
  /** Usage and limit of the regional quotas service-limits reads. */
  readonly quotas: { readonly vpcs: [number, number]; readonly internetGateways: [number, number]; readonly elasticIps: [number, number] };
}

export function accountItem(account: AccountContext, spec: AccountSpec): RawItem {
  return envelope(account, {
    resourceType: 'AWS::::Account',
    resourceId: account.accountId,
    arn: `arn:aws:iam::${account.accountId}:root`,
    collected: true,
    configuration: {
      AccountSummary: {
        GroupPolicySizeQuota: 5120,
        InstanceProfilesQuota: 1000,
        Policies: 14,
        GroupsPerUserQuota: 10,
        InstanceProfiles: 6,
        AttachedPoliciesPerUserQuota: 10,
        Users: spec.users,
        PoliciesQuota: 1500,
        Providers: 1,
        AccountMFAEnabled: spec.mfa ? 1 : 0,
        AccessKeysPerUserQuota: 2,
        AssumeRolePolicySizeQuota: 2048,
        PolicyVersionsInUseQuota: 10000,
        GlobalEndpointTokenVersion: 1,
        VersionsPerPolicyQuota: 5,
        AttachedPoliciesPerGroupQuota: 10,
        PolicySizeQuota: 6144,
        Groups: 3,
        AccountSigningCertificatesPresent: 0,
        UsersQuota: 5000,
        ServerCertificatesQuota: 20,
        MFADevices: spec.users,
        UserPolicySizeQuota: 2048,
        PolicyVersionsInUse: 40,
        ServerCertificates: 0,
        Roles: spec.roles,
        RolesQuota: 1000,
        SigningCertificatesPerUserQuota: 2,
        MFADevicesInUse: spec.users,
        RolePolicySizeQuota: 10240,
        AttachedPoliciesPerRoleQuota: 10,
        AccountAccessKeysPresent: spec.rootAccessKeys ? 1 : 0,
        AccountPasswordPresent: 1,
        GroupsQuota: 300,
      },
      Trails: spec.trails.map((trail) => ({
        Name: trail.name,
        S3BucketName: `org-audit-logs-${account.accountId}`,
        IncludeGlobalServiceEvents: true,
        IsMultiRegionTrail: true,
        HomeRegion: account.region,
        TrailARN: trailArn(account, trail.name),
        LogFileValidationEnabled: trail.validation,
        ...(trail.kms ? { KmsKeyId: `arn:aws:kms:${account.region}:${account.accountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab` } : {}),
        HasCustomEventSelectors: false,
        HasInsightSelectors: false,
        IsOrganizationTrail: false,
        IsLogging: true,
        EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }],
      })),
      GuardDuty: {
        Detectors: [
          {
            DetectorId: '12abc34d567e8fa901bc2d34e56789f0',
            CreatedAt: '2025-06-01T10:00:00.000Z',
            FindingPublishingFrequency: 'SIX_HOURS',
            ServiceRole: `arn:aws:iam::${account.accountId}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`,
            Status: spec.guardDuty,
            UpdatedAt: '2026-02-01T10:00:00.000Z',
            Tags: {},
          },
        ],
      },
      ServiceQuotas: [
        quota(account, 'vpc', 'L-F678F1CE', 'VPCs per Region', spec.quotas.vpcs),
        quota(account, 'vpc', 'L-A4707A72', 'Internet gateways per Region', spec.quotas.internetGateways),
        quota(account, 'ec2', 'L-0263D0A3', 'EC2-VPC Elastic IPs', spec.quotas.elasticIps),
      ],
      Errors: [],
      Inspector2: {
        Accounts: [
          {
            accountId: account.accountId,
            state: { status: 'ENABLED' },
            resourceState: {
              ec2: { status: spec.inspector.ec2 },
              ecr: { status: spec.inspector.ecr },
              lambda: { status: spec.inspector.lambda },
              lambdaCode: { status: spec.inspector.lambdaCode },
              codeRepository: { status: 'DISABLED' },
            },
          },
        ],
        FailedAccounts: [],
      },
    },
  });
}

function quota(account: AccountContext, service: string, quotaCode: string, name: string, [usage, limit]: [number, number]): RawItem {
  return { service, quotaCode, name, region: account.region, usage, limit, limitSource: limit === 5 ? 'aws-default' : 'applied' };
}
