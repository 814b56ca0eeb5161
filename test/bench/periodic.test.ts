import { checkMeasurement, fakeAccount, formatMeasurement, measureRun, pagingFloor } from '../../bench/periodic/index';

describe('pagingFloor', () => {
  it('counts full pages of each API, and one call for an empty listing', () => {
    expect(pagingFloor({ snapshots: 100_000, publicSnapshots: 1000, previousResults: 100_000, staleResults: 1000 })).toEqual({
      'config:GetComplianceDetailsByConfigRule': 1000,
      'config:PutEvaluations': 1010,
      'ec2:DescribeSnapshots': 101,
      'ec2:GetSnapshotBlockPublicAccessState': 1,
    });
    expect(pagingFloor({ snapshots: 0, publicSnapshots: 0, previousResults: 0, staleResults: 0 })).toEqual({
      'config:GetComplianceDetailsByConfigRule': 1,
      'config:PutEvaluations': 1,
      'ec2:DescribeSnapshots': 2,
      'ec2:GetSnapshotBlockPublicAccessState': 1,
    });
  });
});

describe('fakeAccount', () => {
  it('holds the workload it describes', () => {
    const { cloud, previous, workload } = fakeAccount(1000);
    const snapshots = [...cloud.accounts.values()].flatMap((account) => [...account.regions.values()].flatMap((region) => region.snapshots));
    expect(workload).toEqual({ snapshots: 1000, publicSnapshots: 10, previousResults: 1000, staleResults: 10 });
    expect(snapshots.filter((snapshot) => snapshot.public)).toHaveLength(10);
    expect(new Set(previous.map((result) => result.resourceId)).size).toBe(1000);
  });
});

describe('bench:periodic, one small run', () => {
  it('runs the deployed handler over the wire at the paging floor, every evaluation once', async () => {
    // Prepare / Act: 1,500 snapshots through the real SDK clients and the stand-in, no added latency
    const measurement = await measureRun(1500, { latencyMs: 0, timeoutMs: 900_000 });
    // Assess
    expect(checkMeasurement(measurement)).toEqual([]);
    expect(measurement.child.report).toEqual({
      messageType: 'ScheduledNotification',
      reported: 1515,
      compliance: { COMPLIANT: 1485, NON_COMPLIANT: 15, NOT_APPLICABLE: 15 },
    });
    expect(measurement.calls).toEqual({
      'config:GetComplianceDetailsByConfigRule': 15,
      'config:PutEvaluations': 16,
      'ec2:DescribeSnapshots': 3,
      'ec2:GetSnapshotBlockPublicAccessState': 1,
    });
    expect(formatMeasurement(measurement, measurement.child.maxRssKb)).toContain('config:PutEvaluations');
  }, 60_000);

  it('reports a run stopped by the deadline as a failure', async () => {
    // A 100 ms Lambda timeout: the margin (a quarter of it) is reached before the collection ends.
    const measurement = await measureRun(1500, { latencyMs: 5, timeoutMs: 100 });
    expect(measurement.child.error).toMatchObject({ name: 'DeadlineExceededError' });
    expect(checkMeasurement(measurement)[0]).toMatch(/^the handler failed: DeadlineExceededError/);
    // Whatever was evaluated reached Config once; nothing was cleaned up.
    expect(measurement.received.duplicates).toBe(0);
    expect(measurement.received.byCompliance['NOT_APPLICABLE'] ?? 0).toBe(0);
    expect(measurement.calls['config:GetComplianceDetailsByConfigRule'] ?? 0).toBe(0);
  }, 60_000);
});
