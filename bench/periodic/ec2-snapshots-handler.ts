import { AwsFault } from '../../test/aws-stand-in/protocol';
import type { FakeCloud, FakeSnapshot } from '../../test/aws-stand-in/fake-cloud';
import { page } from '../../test/aws-stand-in/paging';
import type { ServiceHandler, StandInCall } from '../../test/aws-stand-in/stand-in';
import { xmlList } from '../../test/aws-stand-in/xml';

/** DescribeSnapshots returns at most 1000 snapshots a page (EC2 API reference, MaxResults). */
const DESCRIBE_SNAPSHOTS_MAX = 1000;

/** ec2Query list members: `Owner.1`, `Owner.2`... (the SDK's xmlName for OwnerIds is Owner). */
function listField(call: StandInCall, name: string): string[] {
  const values: string[] = [];
  for (let index = 1; call.form.has(`${name}.${index}`); index += 1) values.push(call.form.get(`${name}.${index}`) ?? '');
  return values;
}

function snapshotXml(snapshot: FakeSnapshot, ownerId: string) {
  return {
    snapshotId: snapshot.SnapshotId,
    volumeId: snapshot.VolumeId,
    status: snapshot.State,
    startTime: snapshot.StartTime,
    progress: '100%',
    ownerId,
    volumeSize: snapshot.VolumeSize,
    description: snapshot.Description,
    encrypted: snapshot.Encrypted,
    storageTier: 'standard',
  };
}

/**
 * The two EC2 calls of the EBS snapshot collector (ec2Query): DescribeSnapshots (owners `self`,
 * RestorableBy `all`, MaxResults 5-1000, NextToken) and GetSnapshotBlockPublicAccessState, over the
 * FakeCloud's snapshots of the caller's account and Region. Only what the benchmark drives; the shared
 * stand-in has no EC2 handler yet.
 */
export function ec2SnapshotsHandler(cloud: FakeCloud): ServiceHandler {
  // The public subset, once per Region's list (the benchmark's snapshots do not change during a run).
  const publicOf = new Map<readonly FakeSnapshot[], readonly FakeSnapshot[]>();
  const publicSnapshots = (all: readonly FakeSnapshot[]) => {
    let found = publicOf.get(all);
    if (found === undefined) {
      found = all.filter((snapshot) => snapshot.public);
      publicOf.set(all, found);
    }
    return found;
  };
  return {
    service: 'ec2',
    protocol: 'ec2-query',
    handle: (call) => {
      const region = cloud.accounts.get(call.identity.account)?.regions.get(call.region);
      switch (call.operation) {
        case 'GetSnapshotBlockPublicAccessState':
          return { xml: { state: region?.snapshotBlockPublicAccess ?? 'unblocked', managedBy: 'account' } };
        case 'DescribeSnapshots': {
          const owners = listField(call, 'Owner');
          if (owners.some((owner) => owner !== 'self' && owner !== call.identity.account)) {
            throw new AwsFault('InvalidParameterValue', 'the stand-in lists only the caller\'s own snapshots');
          }
          const publicOnly = listField(call, 'RestorableBy').includes('all');
          const all = region?.snapshots ?? [];
          const listed = publicOnly ? publicSnapshots(all) : all;
          const max = call.form.get('MaxResults');
          if (max !== null && (Number(max) < 5 || Number(max) > DESCRIBE_SNAPSHOTS_MAX)) {
            throw new AwsFault('InvalidParameterValue', `MaxResults must be 5 to ${DESCRIBE_SNAPSHOTS_MAX}`);
          }
          const { items, next } = page(listed, call.form.get('NextToken') ?? undefined, max ?? undefined, DESCRIBE_SNAPSHOTS_MAX);
          return {
            xml: {
              snapshotSet: xmlList('item', items.map((snapshot) => snapshotXml(snapshot, call.identity.account))),
              nextToken: next,
            },
          };
        }
        default:
          throw new AwsFault('InvalidAction', `the stand-in does not implement ec2:${call.operation}`);
      }
    },
  };
}
