import { preview, RuleKitError } from '../../rule-kit';

/** DescribeTrails answered with a trail the collector cannot query further (no TrailARN). */
export class TrailListingError extends RuleKitError {
  readonly name = 'TrailListingError';
  readonly code = 'TrailListing';
  constructor(
    readonly reason: string,
    readonly value: unknown,
  ) {
    super(`DescribeTrails ${reason} (got ${preview(value)})`);
  }
}
