import { ACCOUNT_RESOURCE_TYPE, defineRule, lazyCollector, param } from '../../rule-kit';
import { SERVICE_LIMITS_PERMISSIONS } from './permissions';
import { quotaVerdict } from './quota-verdict';
import { readQuotaUsage } from './read-quota-usage';

/** A quota hit mid-incident or mid-deploy blocks the very resources needed to respond. */
export const rule = defineRule({
  id: 'service-limits',
  description:
    'Checks that usage stays under threshold % of IAM user, role, group and policy quotas and, per Region, of VPC, internet gateway and Elastic IP quotas; an unreadable quota is NON_COMPLIANT.',
  severity: 'LOW',
  resourceTypes: [ACCOUNT_RESOURCE_TYPE],
  triggers: ['periodic'],
  parameters: {
    threshold: param.integer({ description: 'Share of each quota, in percent, at or above which the account is NON_COMPLIANT.', default: 80, min: 1, max: 100 }),
  },
  collector: lazyCollector(async () => (await import('./collector')).collectServiceLimits),
  permissions: [...SERVICE_LIMITS_PERMISSIONS],
  // One IAM call, up to three paginated EC2 listings and up to six Service Quotas calls.
  timeoutSeconds: 60,
  evaluate(item, params) {
    return quotaVerdict(readQuotaUsage(item), params.threshold);
  },
});
