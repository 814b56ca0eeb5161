import { ConfigServiceClient, PutEvaluationsCommand, type PutEvaluationsCommandInput } from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { compliant, nonCompliant, notApplicable, type Verdict } from '../../../rule-kit';
import { toEvaluation } from '../../../rule-kit/evaluations';
import { EvaluationsNotReportedError, StreamingReporter } from '../../../rule-kit/reporting';

const TOKEN = 'streaming-result-token';
const TIME = '2024-03-01T00:00:00.000Z';
const configMock = mockClient(ConfigServiceClient);
const client = new ConfigServiceClient({ region: 'us-east-1' });

function evaluation(id: string, verdict: Verdict) {
  return toEvaluation({ resourceType: 'AWS::EC2::Snapshot', resourceId: id }, verdict, TIME);
}

function reporter() {
  return new StreamingReporter(client, TOKEN, { sleep: async () => undefined });
}

function calls(): PutEvaluationsCommandInput[] {
  return configMock.commandCalls(PutEvaluationsCommand).map((call) => call.args[0].input);
}

beforeEach(() => {
  configMock.reset();
  configMock.on(PutEvaluationsCommand).resolves({ FailedEvaluations: [] });
});

afterAll(() => configMock.restore());

describe('StreamingReporter', () => {
  it('sends each batch of 100 as soon as it fills, before the run ends', async () => {
    // Prepare
    const stream = reporter();
    // Act
    for (let i = 0; i < 250; i += 1) await stream.add(evaluation(`snap-${i}`, compliant()));
    // Assess: two full batches are out while the run is still producing
    expect(calls().map((input) => input.Evaluations?.length)).toEqual([100, 100]);
    expect(stream.unsent).toBe(50);
    await stream.finish();
    expect(calls().map((input) => input.Evaluations?.length)).toEqual([100, 100, 50]);
    expect(stream.reported).toBe(250);
    expect(stream.lastReported).toEqual({ resourceType: 'AWS::EC2::Snapshot', resourceId: 'snap-249' });
  });

  it('makes one empty call when the whole run had nothing to report', async () => {
    const stream = reporter();
    await stream.finish();
    expect(calls()).toEqual([{ Evaluations: [], ResultToken: TOKEN, TestMode: false }]);
  });

  it('makes no empty call after a run that reported something', async () => {
    const stream = reporter();
    for (let i = 0; i < 100; i += 1) await stream.add(evaluation(`snap-${i}`, compliant()));
    await stream.finish();
    expect(calls()).toHaveLength(1);
  });

  it('merges two evaluations of one resource in the unsent batch as mergeEvaluations does', async () => {
    const stream = reporter();
    await stream.add(evaluation('snap-1', compliant('private')));
    await stream.add(evaluation('snap-2', compliant()));
    await stream.add(evaluation('snap-1', nonCompliant('public')));
    await stream.finish();
    expect(calls()[0]?.Evaluations).toEqual([
      expect.objectContaining({ ComplianceResourceId: 'snap-1', ComplianceType: 'NON_COMPLIANT', Annotation: 'public', OrderingTimestamp: new Date(TIME) }),
      expect.objectContaining({ ComplianceResourceId: 'snap-2', ComplianceType: 'COMPLIANT' }),
    ]);
    expect(stream.reported).toBe(2);
  });

  it('drops a later evaluation no worse than the one already sent', async () => {
    const stream = reporter();
    await stream.add(evaluation('snap-dup', nonCompliant('public')));
    for (let i = 0; i < 99; i += 1) await stream.add(evaluation(`snap-${i}`, compliant()));
    await stream.add(evaluation('snap-dup', compliant()));
    await stream.add(evaluation('snap-dup', nonCompliant('public again')));
    await stream.finish();
    expect(calls()).toHaveLength(1);
    expect(stream.compliance).toEqual({ NON_COMPLIANT: 1, COMPLIANT: 99 });
  });

  it('sends a worse verdict for a resource already sent, ordered after the first so Config keeps it', async () => {
    const stream = reporter();
    await stream.add(evaluation('snap-dup', compliant()));
    for (let i = 0; i < 99; i += 1) await stream.add(evaluation(`snap-${i}`, compliant()));
    await stream.add(evaluation('snap-dup', nonCompliant('public')));
    await stream.finish();
    const [first, second] = calls();
    expect(first?.Evaluations?.[0]).toMatchObject({ ComplianceResourceId: 'snap-dup', ComplianceType: 'COMPLIANT', OrderingTimestamp: new Date(TIME) });
    expect(second?.Evaluations).toEqual([
      expect.objectContaining({ ComplianceResourceId: 'snap-dup', ComplianceType: 'NON_COMPLIANT', OrderingTimestamp: new Date(Date.parse(TIME) + 2) }),
    ]);
    // One resource, counted once, under its final verdict.
    expect(stream.reported).toBe(100);
    expect(stream.compliance).toEqual({ COMPLIANT: 99, NON_COMPLIANT: 1 });
  });

  it('tells a resource seen without an evaluation from one never seen', async () => {
    const stream = reporter();
    stream.markSeen({ resourceType: 'AWS::EC2::Snapshot', resourceId: 'snap-failed' });
    await stream.add(evaluation('snap-waiting', notApplicable()));
    expect(stream.has({ resourceType: 'AWS::EC2::Snapshot', resourceId: 'snap-failed' })).toBe(true);
    expect(stream.has({ resourceType: 'AWS::EC2::Snapshot', resourceId: 'snap-waiting' })).toBe(true);
    expect(stream.has({ resourceType: 'AWS::EC2::Snapshot', resourceId: 'snap-other' })).toBe(false);
    expect(stream.has({ resourceType: 'AWS::EC2::Volume', resourceId: 'snap-failed' })).toBe(false);
    // A failed resource evaluated again later is reported normally.
    await stream.add(evaluation('snap-failed', compliant()));
    await stream.finish();
    expect(calls()[0]?.Evaluations?.map((e) => e.ComplianceResourceId)).toEqual(['snap-waiting', 'snap-failed']);
  });

  it('lets a reporting failure through with the batch it could not send', async () => {
    configMock.on(PutEvaluationsCommand).resolves({ FailedEvaluations: [evaluation('snap-3', compliant())] });
    const stream = new StreamingReporter(client, TOKEN, { sleep: async () => undefined, maxAttempts: 2 });
    for (let i = 0; i < 5; i += 1) await stream.add(evaluation(`snap-${i}`, compliant()));
    const error = await stream.finish().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvaluationsNotReportedError);
    expect((error as EvaluationsNotReportedError).unreported).toEqual([{ resourceType: 'AWS::EC2::Snapshot', resourceId: 'snap-3' }]);
    expect(stream.reported).toBe(0);
  });
});
