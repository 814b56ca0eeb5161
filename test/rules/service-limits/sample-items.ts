import type { ConfigurationItem } from '../../../rule-kit';
import { accountItem } from '../../../rule-kit';
import type { QuotaErrorFact, ServiceQuotaFact } from '../../../rules/service-limits/collected-facts';
import { REGIONAL_QUOTAS } from '../../../rules/service-limits/quota-catalogue';
import { offlineCollectorContext } from '../../rule-kit/collectors/collector-context';

const between = (random: () => number, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/**
 * The one AWS::::Account item the service-limits collector yields for a Region: a full IAM account
 * summary (usage and quotas), the three regional quotas with usage and limit, and sometimes an error
 * entry. Usage is usually low, sometimes near a default limit of 5, rarely unreadable — as in real
 * accounts. Built with the kit's account item builder, so the shape is what the Lambda evaluates.
 */
export function sampleItems(random: () => number, accountId: string, region: string): ConfigurationItem[] {
  const ctx = offlineCollectorContext(accountId, region, '2026-03-02T06:00:00.000Z');
  const busy = random() < 0.3;
  const summary: Record<string, number> = {
    Users: between(random, 0, 40),
    UsersQuota: 5000,
    Roles: busy ? between(random, 800, 1000) : between(random, 10, 300),
    RolesQuota: 1000,
    Groups: between(random, 0, 12),
    GroupsQuota: 300,
    Policies: between(random, 0, 200),
    PoliciesQuota: 1500,
    InstanceProfiles: between(random, 0, 30),
    InstanceProfilesQuota: 1000,
    Providers: between(random, 0, 3),
    AccountMFAEnabled: random() < 0.8 ? 1 : 0,
    AccountAccessKeysPresent: random() < 0.1 ? 1 : 0,
    AccountPasswordPresent: 1,
    AccountSigningCertificatesPresent: 0,
    MFADevices: between(random, 1, 10),
    MFADevicesInUse: between(random, 1, 10),
  };
  const raised = random() < 0.3;
  const quotas: ServiceQuotaFact[] = [];
  const errors: QuotaErrorFact[] = [];
  for (const quota of REGIONAL_QUOTAS) {
    if (random() < 0.08) {
      errors.push({ quota: quota.name, operation: 'GetServiceQuota', code: 'AccessDeniedException', message: `not authorized to perform: servicequotas:GetServiceQuota` });
      continue;
    }
    const limit = raised ? 20 : 5;
    quotas.push({
      service: quota.serviceCode,
      quotaCode: quota.quotaCode,
      name: quota.name,
      region,
      usage: busy ? between(random, limit - 2, limit) : between(random, 0, Math.max(1, Math.floor(limit / 2))),
      limit,
      limitSource: raised ? 'applied' : 'aws-default',
    });
  }
  return [accountItem(ctx, { AccountSummary: summary, ServiceQuotas: quotas, Errors: errors })];
}
