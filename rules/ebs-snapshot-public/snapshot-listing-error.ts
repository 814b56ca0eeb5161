import { preview, RuleKitError } from '../../rule-kit';

/** DescribeSnapshots answered with something a snapshot item cannot be built from (e.g. no SnapshotId). */
export class SnapshotListingError extends RuleKitError {
  readonly name = 'SnapshotListingError';
  readonly code = 'SnapshotListing';
  constructor(
    readonly reason: string,
    readonly value: unknown,
  ) {
    super(`DescribeSnapshots ${reason} (got ${preview(value)})`);
  }
}
