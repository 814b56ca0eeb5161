import { trailArn, type TrailSpec } from './cloudtrail-trail';
import { envelope, type AccountContext, type RawItem } from './envelope';

/**
 * AWS::::Account as the pack's periodic collectors yield it (Config does not record it). One item per
 * account and region carries what each account-level rule reads: `AccountSummary` (IAM
 * GetAccountSummary SummaryMap: root-mfa, root-access-keys, iam-use) and `Trails` (DescribeTrails +
 * GetTrailStatus + GetEventSelectors: cloudtrail-enabled). A scan of real data gets these from the
 * collectors' output; Config snapshots hold none.
 */
export interface AccountSpec {
  readonly mfa: boolean;
  readonly rootAccessKeys: boolean;
  readonly users: number;
  readonly roles: number;
  readonly trails: readonly TrailSpec[];
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
    },
  });
}
