import type { FakeCloud, FakeRegion } from './fake-cloud';
import { page } from './paging';
import { AwsFault } from './protocol';
import type { HandlerResult, ServiceHandler, StandInCall } from './stand-in';
import { xmlList } from './xml';

const DESCRIBE_MAX = 1000;

/** The values of a query list parameter (`Owner.1`, `Owner.2`...). */
function listParameter(form: URLSearchParams, name: string): string[] {
  const values: string[] = [];
  for (let i = 1; form.has(`${name}.${i}`); i += 1) values.push(form.get(`${name}.${i}`) ?? '');
  return values;
}

function paged<T>(call: StandInCall, all: readonly T[]): { readonly items: readonly T[]; readonly next?: string } {
  return page(all, call.form.get('NextToken') ?? undefined, call.form.get('MaxResults') ?? undefined, DESCRIBE_MAX);
}

/**
 * EC2 (ec2Query): the Regions, snapshots, VPCs, flow logs and counted resources the collectors and the
 * CLI read. Element names are EC2's wire names (`snapshotSet`, `item`, `nextToken`).
 */
export function ec2Handler(cloud: FakeCloud): ServiceHandler {
  const where = (call: StandInCall): FakeRegion => cloud.region(call.identity.account, call.region);
  const handlers: Record<string, (call: StandInCall) => HandlerResult> = {
    DescribeRegions: () => ({
      xml: {
        regionInfo: xmlList(
          'item',
          cloud.enabledRegions.map((name) => ({ regionName: name, regionEndpoint: `ec2.${name}.amazonaws.com`, optInStatus: 'opt-in-not-required' })),
        ),
      },
    }),
    DescribeSnapshots: (call) => {
      const owners = listParameter(call.form, 'Owner');
      if (owners.length > 0 && !owners.includes('self') && !owners.includes(call.identity.account)) return { xml: { snapshotSet: xmlList('item', []) } };
      const restorable = listParameter(call.form, 'RestorableBy');
      const all = where(call).snapshots.filter((s) => !restorable.includes('all') || s.public);
      const { items, next } = paged(call, all);
      return {
        xml: {
          snapshotSet: xmlList(
            'item',
            items.map((s) => ({
              snapshotId: s.SnapshotId,
              volumeId: s.VolumeId,
              status: s.State,
              startTime: s.StartTime,
              progress: '100%',
              ownerId: call.identity.account,
              volumeSize: s.VolumeSize,
              description: s.Description,
              encrypted: s.Encrypted,
            })),
          ),
          nextToken: next,
        },
      };
    },
    DescribeSnapshotAttribute: (call) => {
      const id = call.form.get('SnapshotId') ?? '';
      const snapshot = where(call).snapshots.find((s) => s.SnapshotId === id);
      if (snapshot === undefined) throw new AwsFault('InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`);
      return { xml: { snapshotId: id, createVolumePermission: xmlList('item', snapshot.public ? [{ group: 'all' }] : []) } };
    },
    GetSnapshotBlockPublicAccessState: (call) => ({ xml: { state: where(call).snapshotBlockPublicAccess } }),
    DescribeVpcs: (call) => {
      const { items, next } = paged(call, where(call).vpcs);
      return {
        xml: {
          vpcSet: xmlList(
            'item',
            items.map((v) => ({ vpcId: v.VpcId, ownerId: call.identity.account, state: v.State, cidrBlock: v.CidrBlock, isDefault: v.IsDefault })),
          ),
          nextToken: next,
        },
      };
    },
    DescribeFlowLogs: (call) => {
      const { items, next } = paged(call, where(call).flowLogs);
      return {
        xml: {
          flowLogSet: xmlList(
            'item',
            items.map((f) => ({
              flowLogId: f.FlowLogId,
              resourceId: f.ResourceId,
              trafficType: f.TrafficType,
              flowLogStatus: f.FlowLogStatus,
              deliverLogsStatus: f.DeliverLogsStatus,
              logDestinationType: f.LogDestinationType,
              logDestination: f.LogDestination,
            })),
          ),
          nextToken: next,
        },
      };
    },
    DescribeInternetGateways: (call) => {
      const all = Array.from({ length: where(call).internetGateways }, (_, i) => ({ internetGatewayId: `igw-${String(i).padStart(17, '0')}` }));
      const { items, next } = paged(call, all);
      return { xml: { internetGatewaySet: xmlList('item', items), nextToken: next } };
    },
    DescribeAddresses: (call) => ({
      xml: {
        addressesSet: xmlList(
          'item',
          Array.from({ length: where(call).elasticIps }, (_, i) => ({ publicIp: `198.51.100.${i + 1}`, domain: 'vpc', allocationId: `eipalloc-${i}` })),
        ),
      },
    }),
  };
  return {
    service: 'ec2',
    protocol: 'ec2-query',
    handle: (call) => {
      const handler = handlers[call.operation];
      if (handler === undefined) throw new AwsFault('InvalidAction', `the stand-in does not implement ec2:${call.operation}`);
      return handler(call);
    },
  };
}
