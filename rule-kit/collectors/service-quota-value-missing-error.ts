import { preview, RuleKitError } from '../errors';

/** Service Quotas answered for a quota without a numeric Value, so there is no limit to compare with. */
export class ServiceQuotaValueMissingError extends RuleKitError {
  readonly name = 'ServiceQuotaValueMissingError';
  readonly code = 'ServiceQuotaValueMissing';
  constructor(
    readonly serviceCode: string,
    readonly quotaCode: string,
    readonly value: unknown,
  ) {
    super(`Service Quotas returned no numeric value for ${serviceCode}/${quotaCode} (got ${preview(value)})`);
  }
}
