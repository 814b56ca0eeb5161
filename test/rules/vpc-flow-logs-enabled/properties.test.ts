import fc from 'fast-check';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, fromApiItem, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/vpc-flow-logs-enabled';
import { sampleItems } from './sample-items';

const VPC_ID = 'vpc-0a1b2c3d4e5f60718';
const arbTraffic = fc.constantFrom('ACCEPT', 'REJECT', 'ALL');
const arbRequired = fc.option(arbTraffic, { nil: undefined });
const arbFlowLog = fc.record({
  FlowLogId: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 8, maxLength: 8 }).map((id) => `fl-${id}`),
  ResourceId: fc.constantFrom(VPC_ID, VPC_ID, VPC_ID, 'subnet-0f1e2d3c4b5a69788', 'vpc-0ffffffffffffffff'),
  FlowLogStatus: fc.constantFrom('ACTIVE', 'ACTIVE', 'ACTIVE', 'INACTIVE'),
  DeliverLogsStatus: fc.constantFrom('SUCCESS', 'SUCCESS', 'FAILED'),
  TrafficType: arbTraffic,
});
type Log = typeof arbFlowLog extends fc.Arbitrary<infer L> ? L : never;

const vpcItem = (flowLogs: unknown): ConfigurationItem => ({
  configurationItemVersion: '1.3',
  configurationItemCaptureTime: '2026-03-02T06:00:00.000Z',
  configurationItemStatus: 'OK',
  awsAccountId: '111122223333',
  awsRegion: 'eu-west-1',
  resourceType: 'AWS::EC2::VPC',
  resourceId: VPC_ID,
  configuration: { VpcId: VPC_ID, State: 'available' },
  supplementaryConfiguration: flowLogs === undefined ? {} : { FlowLogs: flowLogs },
});
const verdict = (logs: unknown, trafficType: string | undefined) => evaluateItem(rule, vpcItem(logs), { trafficType }).compliance;
const records = (log: Log) => log.ResourceId === VPC_ID && log.FlowLogStatus === 'ACTIVE' && log.DeliverLogsStatus !== 'FAILED';

describe('vpc-flow-logs-enabled properties', () => {
  it('is COMPLIANT exactly when the recording logs of this VPC cover the required traffic', () => {
    fc.assert(
      fc.property(fc.array(arbFlowLog, { maxLength: 5 }), arbRequired, (logs, required) => {
        const kinds = new Set(logs.filter(records).map((log) => log.TrafficType));
        const covered =
          required === undefined
            ? kinds.size > 0
            : kinds.has('ALL') || kinds.has(required) || (required === 'ALL' && kinds.has('ACCEPT') && kinds.has('REJECT'));
        expect(verdict(logs, required)).toBe(covered ? 'COMPLIANT' : 'NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('adding a flow log never turns COMPLIANT into NON_COMPLIANT; removing one never does the reverse', () => {
    fc.assert(
      fc.property(fc.array(arbFlowLog, { maxLength: 4 }), arbFlowLog, arbRequired, (logs, extra, required) => {
        if (verdict(logs, required) === 'COMPLIANT') expect(verdict([...logs, extra], required)).toBe('COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('ALL is the strictest requirement: whatever satisfies ALL satisfies ACCEPT, REJECT and "any"', () => {
    fc.assert(
      fc.property(fc.array(arbFlowLog, { maxLength: 5 }), (logs) => {
        if (verdict(logs, 'ALL') !== 'COMPLIANT') return;
        for (const weaker of ['ACCEPT', 'REJECT', undefined]) expect(verdict(logs, weaker)).toBe('COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('gives the notification shape and the API shape (JSON strings) the same verdict', () => {
    fc.assert(
      fc.property(fc.array(arbFlowLog, { maxLength: 4 }), arbRequired, (logs, required) => {
        const item = vpcItem(logs);
        expect(evaluateItem(rule, fromApiItem(toApiItem(item)), { trafficType: required })).toEqual(
          evaluateItem(rule, item, { trafficType: required }),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('arbitrary FlowLogs data never throws and is COMPLIANT only with an active, delivering log of this VPC', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.jsonValue().map((value) => JSON.stringify(value))), arbRequired, (raw, required) => {
        // evaluateItem maps MalformedConfigurationItemError to NON_COMPLIANT; any other throw fails the property.
        if (verdict(raw, required) !== 'COMPLIANT') return;
        const list: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
        expect(Array.isArray(list)).toBe(true);
        const recording = (list as Record<string, unknown>[]).filter(
          (log) => log['ResourceId'] === VPC_ID && log['FlowLogStatus'] === 'ACTIVE' && log['DeliverLogsStatus'] !== 'FAILED',
        );
        expect(recording.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('arbitrary JSON as configuration does not change the verdict: flow logs decide', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(arbFlowLog, { maxLength: 3 }), (configuration, logs) => {
        const item = { ...vpcItem(logs), configuration };
        expect(evaluateItem(rule, item, { trafficType: undefined })).toEqual(evaluateItem(rule, vpcItem(logs), { trafficType: undefined }));
      }),
      { numRuns: 100 },
    );
  });

  it('sample items are valid VPC items with a mix of verdicts', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const items = Array.from({ length: 10 }, () => sampleItems(random, '111122223333', 'eu-west-1')).flat();
    const verdicts = new Set(items.map((item) => evaluateItem(rule, item, { trafficType: undefined }).compliance));
    expect(verdicts).toEqual(new Set(['COMPLIANT', 'NON_COMPLIANT']));
    for (const item of items) expect(fromApiItem(toApiItem(item))).toEqual(item);
  });
});
