import { join } from 'node:path';
import {
  DescribeDBClusterSnapshotsCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { handler } from '../../../rules/rds-snapshot-public/handler';
import { changeEvent, loadItem, recordingConfigClient, type RecordingConfigClient, scheduledEvent } from '../../../rule-kit/testing';

// The deployed Lambda on both triggers: Config's recorded snapshot on change, RDS read directly on schedule.
const rds = mockClient(RDSClient);
let config: RecordingConfigClient;

beforeEach(() => rds.reset());
afterEach(() => config.restore());
afterAll(() => rds.restore());

describe('rds-snapshot-public Lambda', () => {
  it('reports a recorded public snapshot on its change notification', async () => {
    config = recordingConfigClient();
    const snapshot = loadItem(join(__dirname, 'fixtures', 'db-snapshot-public.json'));
    await handler(changeEvent(snapshot));
    expect(config.evaluations()).toEqual([expect.objectContaining({ ComplianceResourceId: snapshot.resourceId, ComplianceType: 'NON_COMPLIANT' })]);
  });

  it('on schedule, reads manual snapshots from RDS and reports each at the notification time', async () => {
    config = recordingConfigClient();
    rds.on(DescribeDBSnapshotsCommand).resolves({
      DBSnapshots: [
        { DBSnapshotIdentifier: 'open', DBSnapshotArn: 'arn:aws:rds:us-east-1:123456789012:snapshot:open', SnapshotType: 'manual' },
        { DBSnapshotIdentifier: 'closed', DBSnapshotArn: 'arn:aws:rds:us-east-1:123456789012:snapshot:closed', SnapshotType: 'manual' },
      ],
    });
    rds.on(DescribeDBSnapshotAttributesCommand).callsFake(({ DBSnapshotIdentifier }: { DBSnapshotIdentifier: string }) => ({
      DBSnapshotAttributesResult: { DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: DBSnapshotIdentifier === 'open' ? ['all'] : [] }] },
    }));
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [] });
    await handler(scheduledEvent({ notificationCreationTime: '2026-03-04T14:00:00.000Z' }));
    expect(config.evaluations().map((e) => [e.ComplianceResourceType, e.ComplianceResourceId, e.ComplianceType, e.OrderingTimestamp])).toEqual([
      ['AWS::RDS::DBSnapshot', 'open', 'NON_COMPLIANT', new Date('2026-03-04T14:00:00.000Z')],
      ['AWS::RDS::DBSnapshot', 'closed', 'COMPLIANT', new Date('2026-03-04T14:00:00.000Z')],
    ]);
  });
});
