import type { ServiceQuota, ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import { ServiceQuotaValueMissingError } from './service-quota-value-missing-error';

/** The Service Quotas actions `readServiceQuota` may call; rules using it list them in `permissions`. */
export const SERVICE_QUOTA_PERMISSIONS = ['servicequotas:GetServiceQuota', 'servicequotas:GetAWSDefaultServiceQuota'] as const;

/** `applied`: the account's value in this Region; `aws-default`: AWS's default, when no applied value exists. */
export type QuotaValueSource = 'applied' | 'aws-default';

export interface QuotaValue {
  readonly value: number;
  readonly source: QuotaValueSource;
}

function valueOf(quota: ServiceQuota | undefined, serviceCode: string, quotaCode: string): number {
  const value = quota?.Value;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ServiceQuotaValueMissingError(serviceCode, quotaCode, quota);
  return value;
}

/**
 * A quota's value in the client's Region: the applied value from GetServiceQuota, or AWS's default
 * from GetAWSDefaultServiceQuota when Service Quotas has no applied value (it answers
 * NoSuchResourceException for quotas never changed on some services). A quota without a numeric
 * value throws ServiceQuotaValueMissingError; every other error propagates: callers decide how to
 * report an unreadable quota, and none may treat it as "within limits". The Service Quotas commands
 * load on the first call, so the authoring face loads no AWS SDK.
 *
 * @example
 * const { value, source } = await readServiceQuota(ctx.client(ServiceQuotasClient), 'ec2', 'L-0263D0A3');
 */
export async function readServiceQuota(client: ServiceQuotasClient, serviceCode: string, quotaCode: string): Promise<QuotaValue> {
  const { GetAWSDefaultServiceQuotaCommand, GetServiceQuotaCommand } = await import('@aws-sdk/client-service-quotas');
  try {
    const applied = await client.send(new GetServiceQuotaCommand({ ServiceCode: serviceCode, QuotaCode: quotaCode }));
    return { value: valueOf(applied.Quota, serviceCode, quotaCode), source: 'applied' };
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'NoSuchResourceException') throw error;
  }
  const fallback = await client.send(new GetAWSDefaultServiceQuotaCommand({ ServiceCode: serviceCode, QuotaCode: quotaCode }));
  return { value: valueOf(fallback.Quota, serviceCode, quotaCode), source: 'aws-default' };
}
