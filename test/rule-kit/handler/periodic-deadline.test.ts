import { GetComplianceDetailsByConfigRuleCommand } from '@aws-sdk/client-config-service';
import { compliant, type ConfigurationItem, defineRule, nonCompliant } from '../../../rule-kit';
import { createHandler, DeadlineExceededError, type HandlerContext } from '../../../rule-kit/handler';
import { type PreviousEvaluation, recordingConfigClient, type RecordingConfigClient, scheduledEvent } from '../../../rule-kit/testing';
import { instance } from './instance-item';

const NOTIFICATION_TIME = '2026-11-20T12:00:00.000Z';

/** A Lambda context whose clock moves only when the test says so. */
function fakeContext(timeoutMs: number) {
  let elapsed = 0;
  const context: HandlerContext = { awsRequestId: 'req-deadline', getRemainingTimeInMillis: () => timeoutMs - elapsed };
  return { context, advance: (ms: number) => (elapsed += ms) };
}

interface CollectorScript {
  /** Called before each item is yielded, with its index: advance a clock, throw, or hang. */
  readonly beforeItem?: (index: number) => Promise<void> | void;
  readonly count: number;
}

function collectingRule(script: CollectorScript) {
  return defineRule({
    id: 'collected-owner-tag',
    description: 'Collected instances carry an owner tag.',
    resourceTypes: ['AWS::EC2::Instance'],
    triggers: ['periodic'],
    parameters: {},
    permissions: ['ec2:DescribeInstances'],
    collector: async function* (): AsyncGenerator<ConfigurationItem> {
      for (let index = 0; index < script.count; index += 1) {
        await script.beforeItem?.(index);
        yield instance(`i-${index}`, index % 3 === 0 ? {} : { owner: 'team' });
      }
    },
    evaluate: (item) => (item.tags?.['owner'] ? compliant() : nonCompliant('No owner tag.')),
  });
}

let config: RecordingConfigClient;
const lines: string[] = [];
const options = { region: 'eu-west-1', logSink: (line: string) => lines.push(line), reporting: { sleep: async () => undefined } };

function setUp(previousEvaluations: PreviousEvaluation[] = []) {
  config = recordingConfigClient({ previousEvaluations });
}

afterEach(() => {
  config.restore();
  lines.length = 0;
});

function sentIds(): string[] {
  return config.evaluations().map((evaluation) => evaluation.ComplianceResourceId ?? '');
}

function previous(ids: string[]): PreviousEvaluation[] {
  return ids.map((resourceId) => ({ resourceType: 'AWS::EC2::Instance', resourceId, complianceType: 'COMPLIANT' }));
}

describe('a periodic run against the Lambda deadline', () => {
  it('stops collecting when the time left falls under the margin, reports every item evaluated, skips the cleanup and throws', async () => {
    // Prepare: a 60 s function (margin 15 s) whose collector takes 10 ms of fake time per item
    setUp(previous(['i-gone']));
    const { context, advance } = fakeContext(60_000);
    const batchesSeenByCollector: number[] = [];
    const rule = collectingRule({
      count: 10_000,
      beforeItem: (index) => {
        if (index === 250) batchesSeenByCollector.push(config.putEvaluationsCalls().length);
        advance(10);
      },
    });
    // Act
    const error = await createHandler(rule, options)(scheduledEvent({ notificationCreationTime: NOTIFICATION_TIME }), context).catch((e: unknown) => e);
    // Assess
    expect(error).toBeInstanceOf(DeadlineExceededError);
    const { progress } = error as DeadlineExceededError;
    // 45 s of collecting at 10 ms an item, then the 15 s margin.
    expect(progress).toEqual({
      phase: 'collection',
      itemsEvaluated: 4500,
      evaluationsReported: 4500,
      lastResource: { resourceType: 'AWS::EC2::Instance', resourceId: 'i-4499' },
      remainingMs: 15_000 - 10,
      marginMs: 15_000,
    });
    expect(sentIds()).toEqual(Array.from({ length: 4500 }, (_, index) => `i-${index}`));
    // Reported as produced: two batches were out before the collector was asked for item 250.
    expect(batchesSeenByCollector).toEqual([2]);
    expect(config.putEvaluationsCalls().map((call) => call.Evaluations?.length)).toEqual(new Array(45).fill(100));
    // A partial list never cleans up: i-gone keeps its result, previous results are not even read.
    expect(config.mock.commandCalls(GetComplianceDetailsByConfigRuleCommand)).toHaveLength(0);
    expect((error as Error).message).toContain('4500 item(s) evaluated, 4500 evaluation(s) reported, last resource evaluated: AWS::EC2::Instance i-4499');
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: 'Deadline near: stopped the periodic run',
        requestId: 'req-deadline',
        phase: 'collection',
        itemsEvaluated: 4500,
        evaluationsReported: 4500,
        lastResourceId: 'i-4499',
        errorCode: 'DeadlineExceeded',
      }),
    );
  });

  it('reports the unsent part of a batch before throwing, and drops an item that arrived past the margin', async () => {
    setUp();
    const { context, advance } = fakeContext(60_000);
    // Fetching item 130 takes the run past the margin: it arrives too late and is not evaluated.
    const rule = collectingRule({ count: 1000, beforeItem: (index) => void advance(index === 130 ? 45_000 : 1) });
    const error = await createHandler(rule, options)(scheduledEvent(), context).catch((e: unknown) => e);
    expect(error).toMatchObject({ progress: { itemsEvaluated: 130, evaluationsReported: 130, lastResource: { resourceId: 'i-129' } } });
    expect(config.putEvaluationsCalls().map((call) => call.Evaluations?.length)).toEqual([100, 30]);
  });

  it('stops on time when a collector call hangs, without waiting for it', async () => {
    // Prepare: real time; the deadline margin is reached 150 ms from now.
    setUp();
    const end = Date.now() + 250;
    const context: HandlerContext = { awsRequestId: 'req-hang', getRemainingTimeInMillis: () => end - Date.now() };
    const rule = collectingRule({ count: 10, beforeItem: (index) => (index === 3 ? new Promise<void>(() => undefined) : undefined) });
    // Act
    const error = await createHandler(rule, { ...options, deadlineMarginMs: 100 })(scheduledEvent(), context).catch((e: unknown) => e);
    // Assess
    expect(error).toBeInstanceOf(DeadlineExceededError);
    expect((error as DeadlineExceededError).progress).toMatchObject({ phase: 'collection', itemsEvaluated: 3, evaluationsReported: 3, marginMs: 100 });
    expect(sentIds()).toEqual(['i-0', 'i-1', 'i-2']);
  });

  it('stops during the cleanup, after reporting the stale results already found', async () => {
    // Prepare: previous results in pages of two; reading the second page takes the run past the margin.
    setUp();
    const { context, advance } = fakeContext(60_000);
    let pages = 0;
    config.mock.on(GetComplianceDetailsByConfigRuleCommand).callsFake(() => {
      pages += 1;
      if (pages === 2) advance(50_000);
      return {
        EvaluationResults: [`i-old-${2 * pages - 1}`, `i-old-${2 * pages}`].map((resourceId) => ({
          EvaluationResultIdentifier: { EvaluationResultQualifier: { ConfigRuleName: 'custom-config-rule', ResourceType: 'AWS::EC2::Instance', ResourceId: resourceId } },
          ComplianceType: 'COMPLIANT',
        })),
        NextToken: `page-${pages}`,
      };
    });
    // Act
    const error = await createHandler(collectingRule({ count: 2 }), options)(scheduledEvent(), context).catch((e: unknown) => e);
    // Assess: the collection was complete, so the stale results found before the deadline are reported.
    expect(error).toMatchObject({ name: 'DeadlineExceededError', progress: { phase: 'cleanup', itemsEvaluated: 2, evaluationsReported: 4 } });
    expect(sentIds()).toEqual(['i-0', 'i-1', 'i-old-1', 'i-old-2']);
    expect((error as Error).message).toContain('the stale-result cleanup is incomplete');
  });

  it('runs to the end, cleanup included, when time is ample', async () => {
    setUp(previous(['i-gone']));
    const { context, advance } = fakeContext(300_000);
    const report = await createHandler(collectingRule({ count: 150, beforeItem: () => void advance(10) }), options)(
      scheduledEvent({ notificationCreationTime: NOTIFICATION_TIME }),
      context,
    );
    expect(report).toEqual({ messageType: 'ScheduledNotification', reported: 151, compliance: { COMPLIANT: 100, NON_COMPLIANT: 50, NOT_APPLICABLE: 1 } });
    expect(config.evaluations().at(-1)).toMatchObject({ ComplianceResourceId: 'i-gone', ComplianceType: 'NOT_APPLICABLE' });
  });
});

describe('a collector failing mid-way', () => {
  it('reports every item evaluated (batches already sent and the rest), skips the cleanup and throws its error', async () => {
    // Prepare
    setUp(previous(['i-gone']));
    const denied = Object.assign(new Error('User is not authorized to perform: ec2:DescribeInstances'), { name: 'UnauthorizedOperation' });
    const rule = collectingRule({
      count: 1000,
      beforeItem: (index) => {
        if (index === 250) throw denied;
      },
    });
    // Act
    const error = await createHandler(rule, options)(scheduledEvent(), { awsRequestId: 'req-fail' }).catch((e: unknown) => e);
    // Assess
    expect(error).toBe(denied);
    expect(config.putEvaluationsCalls().map((call) => call.Evaluations?.length)).toEqual([100, 100, 50]);
    expect(sentIds()).toEqual(Array.from({ length: 250 }, (_, index) => `i-${index}`));
    expect(sentIds()).not.toContain('i-gone');
    expect(config.mock.commandCalls(GetComplianceDetailsByConfigRuleCommand)).toHaveLength(0);
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toContainEqual(
      expect.objectContaining({ level: 'error', itemsEvaluated: 250, lastResourceId: 'i-249', errorCode: 'UnauthorizedOperation' }),
    );
  });

  it('reports what was evaluated when reading previous results fails, and throws', async () => {
    setUp();
    config.mock.on(GetComplianceDetailsByConfigRuleCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    const error = await createHandler(collectingRule({ count: 120 }), options)(scheduledEvent()).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AccessDeniedException' });
    expect(sentIds()).toHaveLength(120);
  });
});
