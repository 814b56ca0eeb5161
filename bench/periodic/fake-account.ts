import { FakeCloud, type FakeSnapshot } from '../../test/aws-stand-in/fake-cloud';
import type { PreviousResult } from './config-results-handler';
import type { PeriodicWorkload } from './paging-floor';

export const BENCH_ACCOUNT = '111122223333';
export const BENCH_REGION = 'eu-west-1';

function snapshotId(index: number): string {
  return `snap-${index.toString(16).padStart(17, '0')}`;
}

export interface FakeAccount {
  readonly cloud: FakeCloud;
  readonly previous: readonly PreviousResult[];
  readonly workload: PeriodicWorkload;
}

/**
 * An account with `size` EBS snapshots, one in `publicEvery` restorable by everyone, in a steady state
 * between two daily runs: the rule's previous results cover every snapshot but the newest 1% (created
 * since) and 1% more that were deleted since (stale: the run marks them NOT_APPLICABLE).
 */
export function fakeAccount(size: number, publicEvery = 100): FakeAccount {
  const cloud = new FakeCloud();
  const region = cloud.region(BENCH_ACCOUNT, BENCH_REGION);
  const start = Date.parse('2025-01-01T00:00:00Z');
  let publicSnapshots = 0;
  for (let index = 0; index < size; index += 1) {
    const isPublic = index % publicEvery === publicEvery - 1;
    if (isPublic) publicSnapshots += 1;
    const snapshot: FakeSnapshot = {
      SnapshotId: snapshotId(index),
      VolumeId: `vol-${(index >> 2).toString(16).padStart(17, '0')}`,
      VolumeSize: 8 << index % 6,
      State: 'completed',
      StartTime: new Date(start + index * 60_000).toISOString(),
      Encrypted: index % 3 !== 0,
      Description: `Created by the backup plan daily-${index % 7} for vol-${(index >> 2).toString(16)}`,
      public: isPublic,
    };
    region.snapshots.push(snapshot);
  }
  const churn = Math.floor(size / 100);
  const previous: PreviousResult[] = [];
  for (let index = 0; index < size - churn; index += 1) {
    previous.push({ resourceType: 'AWS::EC2::Snapshot', resourceId: snapshotId(index), complianceType: index % 100 === 99 ? 'NON_COMPLIANT' : 'COMPLIANT' });
  }
  for (let index = 0; index < churn; index += 1) {
    previous.push({ resourceType: 'AWS::EC2::Snapshot', resourceId: `snap-gone${index.toString(16).padStart(13, '0')}`, complianceType: 'COMPLIANT' });
  }
  return { cloud, previous, workload: { snapshots: size, publicSnapshots, previousResults: previous.length, staleResults: churn } };
}
