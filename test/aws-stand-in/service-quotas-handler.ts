import type { FakeCloud } from './fake-cloud';
import { AwsFault } from './protocol';
import type { ServiceHandler } from './stand-in';

/** Service Quotas (awsJson1_1): applied values from the fake Region, else NoSuchResourceException and AWS's default. */
export function serviceQuotasHandler(cloud: FakeCloud, defaults: Readonly<Record<string, number>> = {}): ServiceHandler {
  return {
    service: 'servicequotas',
    protocol: 'json',
    handle: (call) => {
      const serviceCode = String(call.input['ServiceCode'] ?? '');
      const quotaCode = String(call.input['QuotaCode'] ?? '');
      const key = `${serviceCode}/${quotaCode}`;
      const quota = (value: number) => ({ Quota: { ServiceCode: serviceCode, QuotaCode: quotaCode, QuotaName: key, Value: value, Unit: 'None', Adjustable: true } });
      switch (call.operation) {
        case 'GetServiceQuota': {
          const applied = cloud.region(call.identity.account, call.region).quotas[key];
          if (applied === undefined) throw new AwsFault('NoSuchResourceException', `The request failed because the specified quota ${key} doesn't exist.`);
          return { json: quota(applied) };
        }
        case 'GetAWSDefaultServiceQuota':
          return { json: quota(defaults[key] ?? 5) };
        default:
          throw new AwsFault('UnknownOperationException', `the stand-in does not implement servicequotas:${call.operation}`);
      }
    },
  };
}
