import { preview, RuleKitError } from '../../rule-kit';

/** DescribeVpcs answered with something a VPC item cannot be built from (a VPC without a VpcId). */
export class VpcListingError extends RuleKitError {
  readonly name = 'VpcListingError';
  readonly code = 'VpcListing';
  constructor(
    readonly reason: string,
    readonly value: unknown,
  ) {
    super(`DescribeVpcs ${reason} (got ${preview(value)})`);
  }
}
