import { EC2Client } from '@aws-sdk/client-ec2';
import { GetAccountSummaryCommand, IAMClient } from '@aws-sdk/client-iam';
import { ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import { accountItem, type CollectorContext, type ConfigurationItem, readServiceQuota } from '../../rule-kit';
import { ERRORS_KEY, QUOTAS_KEY, SUMMARY_KEY, type QuotaErrorFact, type ServiceQuotaFact } from './collected-facts';
import { countInternetGateways, countVpcElasticIps, countVpcs } from './count-resources';
import { errorEntry } from './error-entry';
import { IAM_QUOTAS, REGIONAL_QUOTAS, type RegionalQuota } from './quota-catalogue';

const COUNTERS: Record<RegionalQuota['usageOperation'], (ec2: EC2Client) => Promise<number>> = {
  DescribeVpcs: countVpcs,
  DescribeInternetGateways: countInternetGateways,
  DescribeAddresses: countVpcElasticIps,
};

/**
 * Reads every quota the rule checks and yields ONE `AWS::::Account` item:
 * `{ AccountSummary, ServiceQuotas: [{ service, quotaCode, name, region, usage, limit, limitSource }],
 * Errors: [{ quota, operation, code, message }] }`. A quota that cannot be read (AccessDenied,
 * throttling, no value) is recorded in `Errors` instead of failing the whole run, so the other quotas
 * are still reported, and the rule reports the unread one NON_COMPLIANT. Errors that are not AWS
 * service errors are bugs and propagate.
 */
export async function* collectServiceLimits(ctx: CollectorContext): AsyncGenerator<ConfigurationItem> {
  const errors: QuotaErrorFact[] = [];
  const iam = ctx.client(IAMClient);
  let summary: Record<string, number> | undefined;
  try {
    summary = { ...(await iam.send(new GetAccountSummaryCommand({}))).SummaryMap };
  } catch (error) {
    const entry = errorEntry('IAM account summary', 'GetAccountSummary', error);
    errors.push(...IAM_QUOTAS.map((quota) => ({ ...entry, quota: quota.name })));
  }

  const ec2 = ctx.client(EC2Client);
  const quotas = ctx.client(ServiceQuotasClient);
  const facts: ServiceQuotaFact[] = [];
  for (const quota of REGIONAL_QUOTAS) {
    let operation: string = quota.usageOperation;
    try {
      const usage = await COUNTERS[quota.usageOperation](ec2);
      operation = 'GetServiceQuota';
      const limit = await readServiceQuota(quotas, quota.serviceCode, quota.quotaCode);
      facts.push({
        service: quota.serviceCode,
        quotaCode: quota.quotaCode,
        name: quota.name,
        region: ctx.region,
        usage,
        limit: limit.value,
        limitSource: limit.source,
      });
    } catch (error) {
      errors.push(errorEntry(quota.name, operation, error));
    }
  }

  yield accountItem(ctx, {
    ...(summary === undefined ? {} : { [SUMMARY_KEY]: summary }),
    [QUOTAS_KEY]: facts,
    [ERRORS_KEY]: errors,
  });
}
