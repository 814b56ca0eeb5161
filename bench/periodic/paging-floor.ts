/** The pages each API returns at most (API references): what "calls at the paging floor" counts with. */
export const PAGE_LIMITS = {
  describeSnapshots: 1000,
  putEvaluations: 100,
  complianceDetails: 100,
} as const;

export interface PeriodicWorkload {
  /** Snapshots the account owns. */
  readonly snapshots: number;
  /** Of those, restorable by everyone. */
  readonly publicSnapshots: number;
  /** Results the rule holds from its previous run (COMPLIANT or NON_COMPLIANT). */
  readonly previousResults: number;
  /** Of those, resources gone since: marked NOT_APPLICABLE by the cleanup. */
  readonly staleResults: number;
}

const pages = (count: number, size: number) => Math.max(1, Math.ceil(count / size));

/**
 * The fewest calls one periodic run of ebs-snapshot-public can make, by `service:operation`: one
 * block-public-access read, two snapshot listings (public ones, then all), every evaluation and stale
 * result in full PutEvaluations batches, and every previous result read once. (A listing with nothing
 * in it still takes one call.)
 */
export function pagingFloor(workload: PeriodicWorkload): Record<string, number> {
  return {
    'config:GetComplianceDetailsByConfigRule': pages(workload.previousResults, PAGE_LIMITS.complianceDetails),
    'config:PutEvaluations': pages(workload.snapshots + workload.staleResults, PAGE_LIMITS.putEvaluations),
    'ec2:DescribeSnapshots': pages(workload.publicSnapshots, PAGE_LIMITS.describeSnapshots) + pages(workload.snapshots, PAGE_LIMITS.describeSnapshots),
    'ec2:GetSnapshotBlockPublicAccessState': 1,
  };
}
