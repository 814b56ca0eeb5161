/**
 * Fuzzing the Lambda handler: real rules, real events made hostile. Whatever Config (or anything
 * else) sends, the handler either reports or throws one of the kit's typed errors; it never lets a
 * raw TypeError or RangeError out, and never reports COMPLIANT for an item whose deciding fields are
 * missing or of the wrong type.
 *
 * CI runs FUZZ_RUNS (default 250) cases per property, about 1,900 in all. Locally, for 100,000 a property:
 *   FUZZ_RUNS=100000 npx jest test/rule-kit/handler/create-handler.fuzz.test.ts
 * A failure prints the seed and path; replay it with FUZZ_SEED=<seed> FUZZ_PATH=<path>.
 */
import { GetResourceConfigHistoryCommand, ResourceNotDiscoveredException } from '@aws-sdk/client-config-service';
import { DescribeSnapshotsCommand, EC2Client, GetSnapshotBlockPublicAccessStateCommand, type DescribeSnapshotsCommandInput, type Snapshot, type SnapshotState } from '@aws-sdk/client-ec2';
import { DescribeDBClusterSnapshotsCommand, DescribeDBSnapshotsCommand, RDSClient } from '@aws-sdk/client-rds';
import { GetPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import { type ConfigurationItem, type RuleDefinition, RuleKitError } from '../../../rule-kit';
import { rule as ebsSnapshotPublic } from '../../../rules/ebs-snapshot-public';
import { createHandler, EvaluationFailedError, type ConfigRuleHandler } from '../../../rule-kit/handler';
import {
  changeEvent,
  oversizedEvent,
  recordingConfigClient,
  type RecordingConfigClient,
  scheduledEvent,
  toApiItem,
} from '../../../rule-kit/testing';
import { fuzzCases, type FuzzCase } from './fuzz/fuzz-cases';
import { applyMutation, applyMutations, arbHostileValue, arbMutations, arbWrongType, parsePath, valueAt, type Mutation } from './fuzz/mutate-json';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 250);
const SEED = process.env['FUZZ_SEED'] === undefined ? {} : { seed: Number(process.env['FUZZ_SEED']) };
const PATH = process.env['FUZZ_PATH'] === undefined ? {} : { path: process.env['FUZZ_PATH'] };
const PARAMETERS = { numRuns: RUNS, ...SEED, ...PATH };
// A case takes a few milliseconds (tens on a loaded machine): give each property room for its runs.
jest.setTimeout(Math.max(60_000, RUNS * 100));

const CASES = fuzzCases();

let config: RecordingConfigClient;
const s3control = mockClient(S3ControlClient);
const ec2 = mockClient(EC2Client);
/** What EC2 answers the snapshot collector: its snapshots, which of them are public, the block state. */
let snapshots: { readonly all: readonly Snapshot[]; readonly publicIds: readonly (string | undefined)[]; readonly state: string | undefined } = {
  all: [],
  publicIds: [],
  state: undefined,
};
const sts = mockClient(STSClient);
/** RDS lists no manual snapshots: the periodic property mutates the account block, not RDS's answers. */
const rds = mockClient(RDSClient);
/** What GetResourceConfigHistory returns for the item under test (oversized events, related lookups). */
let fetched: { readonly resourceId: string; readonly item: unknown } | undefined;
/** What S3 Control GetPublicAccessBlock answers in a periodic run. */
let accountBlock: unknown;

beforeAll(() => {
  config = recordingConfigClient();
  config.mock.on(GetResourceConfigHistoryCommand).callsFake((input: { resourceId?: string }) => {
    if (fetched === undefined || input.resourceId !== fetched.resourceId) {
      throw new ResourceNotDiscoveredException({ message: `Resource ${input.resourceId ?? ''} is unknown`, $metadata: {} });
    }
    return { configurationItems: [fetched.item] };
  });
  rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [] });
  rds.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [] });
  s3control.on(GetPublicAccessBlockCommand).callsFake(() => ({ PublicAccessBlockConfiguration: accountBlock }));
  ec2.on(GetSnapshotBlockPublicAccessStateCommand).callsFake(() => (snapshots.state === undefined ? {} : { State: snapshots.state }));
  // Pages of 7, so runs cross page boundaries; the public listing returns the snapshots named public.
  ec2.on(DescribeSnapshotsCommand).callsFake((input: DescribeSnapshotsCommandInput) => {
    const listed = input.RestorableByUserIds?.includes('all') === true ? snapshots.publicIds.map((SnapshotId) => ({ SnapshotId })) : snapshots.all;
    const start = Number(input.NextToken ?? '0');
    return { Snapshots: listed.slice(start, start + 7), ...(start + 7 < listed.length ? { NextToken: String(start + 7) } : {}) };
  });
  sts.on(AssumeRoleCommand).resolves({
    Credentials: { AccessKeyId: 'ASIAFUZZFUZZFUZZFUZZ', SecretAccessKey: 'secret', SessionToken: 'token', Expiration: new Date('2099-01-01T00:00:00Z') },
  });
});

afterAll(() => {
  config.restore();
  s3control.restore();
  ec2.restore();
  sts.restore();
  rds.restore();
});

const handlers = new Map<RuleDefinition, ConfigRuleHandler>();
function handlerFor(rule: RuleDefinition): ConfigRuleHandler {
  let handler = handlers.get(rule);
  if (handler === undefined) {
    handler = createHandler(rule, { region: 'eu-west-1', logSink: () => undefined, reporting: { sleep: async () => undefined, random: () => 0 } });
    handlers.set(rule, handler);
  }
  return handler;
}

type Outcome = { readonly kind: 'reported'; readonly compliance: readonly (string | undefined)[] } | { readonly kind: 'threw'; readonly error: unknown };

/** Runs one invocation from a clean recording. */
async function invoke(rule: RuleDefinition, event: unknown): Promise<Outcome> {
  config.mock.resetHistory();
  try {
    await handlerFor(rule)(event, { awsRequestId: 'fuzz' });
    return { kind: 'reported', compliance: config.evaluations().map((evaluation) => evaluation.ComplianceType) };
  } catch (error) {
    return { kind: 'threw', error };
  }
}

/** A kit error, and for failed evaluations, each failure a kit error too (a rule bug wrapped is still a rule bug). */
function isTypedError(error: unknown): boolean {
  if (!(error instanceof RuleKitError)) return false;
  return !(error instanceof EvaluationFailedError) || error.failures.every((failure) => failure.error instanceof RuleKitError);
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
}

/** Either reported (at least one evaluation for a change) or threw a typed error. */
function expectReportedOrTyped(outcome: Outcome, messageType: 'change' | 'periodic'): void {
  if (outcome.kind === 'threw') {
    if (!isTypedError(outcome.error)) throw new Error(`untyped error escaped the handler: ${describeError(outcome.error)}`);
    return;
  }
  if (messageType === 'change' && outcome.compliance.length !== 1) {
    throw new Error(`a change notification reported ${outcome.compliance.length} evaluations`);
  }
}

/** The change event of an item given as plain JSON (it may no longer be a valid ConfigurationItem). */
function changeEventOf(fuzzCase: FuzzCase, item: unknown, ruleParameters: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const event = changeEvent(fuzzCase.item, { ruleParameters });
  const invoking = JSON.parse(event.invokingEvent) as Record<string, unknown>;
  return { ...event, invokingEvent: JSON.stringify({ ...invoking, configurationItem: item }) };
}

const arbCase = fc.constantFrom(...CASES);

function arbParameters(fuzzCase: FuzzCase): fc.Arbitrary<Record<string, unknown>> {
  const names = [...Object.keys(fuzzCase.rule.parameters), 'ExecutionRoleName', 'AssumeRoleMode', 'ExecutionRoleRegion'];
  const value = fc.oneof(
    fc.constantFrom(...fuzzCase.parameterValues, 'ConfigAuditor', 'true', 'eu-west-1'),
    fc.string({ maxLength: 12 }),
    arbHostileValue,
  );
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant({ ...fuzzCase.parameters }) },
    { weight: 2, arbitrary: fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 3 }).map((extra) => ({ ...fuzzCase.parameters, ...extra })) },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 2 }) },
  );
}

describe('the handler under hostile input', () => {
  it('answers any value as an event with a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(arbCase, fc.anything({ maxDepth: 3 }), async (fuzzCase, event) => {
        const outcome = await invoke(fuzzCase.rule, event);
        expect(outcome.kind).toBe('threw');
        expectReportedOrTyped(outcome, 'change');
      }),
      PARAMETERS,
    );
  });

  it('reports or throws a typed error for change notifications with mutated items and parameters', async () => {
    const arbInput = arbCase.chain((fuzzCase) =>
      fc.record({
        fuzzCase: fc.constant(fuzzCase),
        mutations: arbMutations(JSON.parse(JSON.stringify(fuzzCase.item)) as unknown),
        parameters: arbParameters(fuzzCase),
      }),
    );
    await fc.assert(
      fc.asyncProperty(arbInput, async ({ fuzzCase, mutations, parameters }) => {
        const item = applyMutations(JSON.parse(JSON.stringify(fuzzCase.item)), mutations);
        expectReportedOrTyped(await invoke(fuzzCase.rule, changeEventOf(fuzzCase, item, parameters)), 'change');
      }),
      PARAMETERS,
    );
  });

  it('reports or throws a typed error for mutated events around a valid item', async () => {
    const arbInput = arbCase.chain((fuzzCase) => {
      const event = changeEvent(fuzzCase.item, { ruleParameters: fuzzCase.parameters });
      const invoking = JSON.parse(event.invokingEvent) as unknown;
      return fc.record({
        fuzzCase: fc.constant(fuzzCase),
        envelope: arbMutations({ ...event, invokingEvent: null }, 2),
        invoking: fc.option(arbMutations(invoking, 3), { nil: undefined }),
        rawInvoking: fc.option(fc.oneof(fc.string({ maxLength: 20 }), arbHostileValue), { freq: 8, nil: undefined }),
      });
    });
    await fc.assert(
      fc.asyncProperty(arbInput, async ({ fuzzCase, envelope, invoking, rawInvoking }) => {
        const base = changeEvent(fuzzCase.item, { ruleParameters: fuzzCase.parameters });
        const invokingEvent = rawInvoking ?? JSON.stringify(applyMutations(JSON.parse(base.invokingEvent), invoking ?? []));
        const event = applyMutations({ ...base, invokingEvent }, envelope);
        expectReportedOrTyped(await invoke(fuzzCase.rule, event), 'change');
      }),
      PARAMETERS,
    );
  });

  it('reports or throws a typed error for oversized notifications whose fetched item is mutated', async () => {
    const arbInput = arbCase.chain((fuzzCase) =>
      fc.record({
        fuzzCase: fc.constant(fuzzCase),
        summary: fc.option(arbMutations(JSON.parse(JSON.stringify(fuzzCase.item)) as unknown, 1), { freq: 4, nil: undefined }),
        apiItem: arbMutations(toApiItem(fuzzCase.item)),
      }),
    );
    await fc.assert(
      fc.asyncProperty(arbInput, async ({ fuzzCase, summary, apiItem }) => {
        const header = (summary === undefined ? fuzzCase.item : applyMutations(JSON.parse(JSON.stringify(fuzzCase.item)), summary)) as ConfigurationItem;
        let event: unknown;
        try {
          event = oversizedEvent(header, { ruleParameters: fuzzCase.parameters });
        } catch {
          // The test's own event builder cannot describe this header: nothing to send.
          return;
        }
        fetched = { resourceId: fuzzCase.item.resourceId, item: applyMutations(toApiItem(fuzzCase.item), apiItem) };
        try {
          expectReportedOrTyped(await invoke(fuzzCase.rule, event), 'change');
        } finally {
          fetched = undefined;
        }
      }),
      PARAMETERS,
    );
  });

  it('reports or throws a typed error for a periodic run whose collected facts are mutated', async () => {
    const periodic = CASES.filter((fuzzCase) => fuzzCase.rule.triggers.includes('periodic') && fuzzCase.rule.collector !== undefined);
    const block = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
    const arbInput = fc.record({
      fuzzCase: fc.constantFrom(...periodic),
      block: fc.oneof(arbMutations(block, 3).map((mutations) => applyMutations(block, mutations)), arbHostileValue),
      parameters: fc.constantFrom(...periodic).chain(arbParameters),
    });
    await fc.assert(
      fc.asyncProperty(arbInput, async ({ fuzzCase, block: answered, parameters }) => {
        accountBlock = answered;
        expectReportedOrTyped(await invoke(fuzzCase.rule, scheduledEvent({ ruleParameters: parameters, accountId: fuzzCase.item.awsAccountId })), 'periodic');
      }),
      PARAMETERS,
    );
  });
});

describe('a periodic run over hostile EC2 answers (SDK-shaped: fields missing, odd values, duplicates)', () => {
  const ids = ['snap-0a1b2c3d4e5f60718', 'snap-0000000000000000a', 'snap-1', 'snap-ffffffffffffffff0', ''];
  const arbSnapshot: fc.Arbitrary<Snapshot> = fc.record(
    {
      SnapshotId: fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 6 })),
      VolumeId: fc.constantFrom('vol-0a1b2c3d4e5f60718', 'vol-ffffffff', ''),
      // The SDK passes on whatever state EC2 writes, known to its enum or not.
      State: fc.constantFrom('completed', 'pending', 'error', 'recoverable', '') as fc.Arbitrary<SnapshotState>,
      StartTime: fc.date({ noInvalidDate: false }),
      VolumeSize: fc.oneof(fc.integer(), fc.double()),
      Encrypted: fc.boolean(),
      Description: fc.string({ maxLength: 300 }),
      Tags: fc.array(fc.record({ Key: fc.string({ maxLength: 6 }), Value: fc.string({ maxLength: 6 }) }, { requiredKeys: [] }), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  );
  const arbAnswers = fc.record({
    all: fc.oneof(fc.array(arbSnapshot, { maxLength: 12 }), fc.array(arbSnapshot, { minLength: 95, maxLength: 230 })),
    publicIds: fc.array(fc.option(fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 6 })), { freq: 6, nil: undefined }), { maxLength: 6 }),
    state: fc.option(fc.constantFrom('block-all-sharing', 'block-new-sharing', 'unblocked', 'BLOCK-ALL-SHARING', 'future-state', ''), { nil: undefined }),
  });

  it('reports every snapshot once, public ones never COMPLIANT without block-all-sharing, or throws a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(arbAnswers, async (answers) => {
        snapshots = answers;
        config.mock.resetHistory();
        let outcome: Outcome;
        try {
          await handlerFor(ebsSnapshotPublic)(scheduledEvent({ ruleName: 'ebs-snapshot-public' }), { awsRequestId: 'fuzz' });
          outcome = { kind: 'reported', compliance: [] };
        } catch (error) {
          outcome = { kind: 'threw', error };
        }
        expectReportedOrTyped(outcome, 'periodic');
        if (outcome.kind === 'threw') return;
        const sent = config.evaluations();
        const publicIds = new Set(answers.publicIds);
        for (const evaluation of sent) {
          const id = evaluation.ComplianceResourceId ?? '';
          if (publicIds.has(id) && answers.state !== 'block-all-sharing' && evaluation.ComplianceType === 'COMPLIANT') {
            throw new Error(`public snapshot ${id} reported COMPLIANT (block state ${String(answers.state)})`);
          }
        }
        // Each snapshot collected was reported; a resource reported twice only to make its verdict worse.
        const finalVerdict = new Map<string, string>();
        for (const evaluation of sent) {
          const id = evaluation.ComplianceResourceId ?? '';
          const before = finalVerdict.get(id);
          if (before !== undefined && !(before !== 'NON_COMPLIANT' && evaluation.ComplianceType === 'NON_COMPLIANT')) {
            throw new Error(`${id} reported ${before} then ${String(evaluation.ComplianceType)}`);
          }
          finalVerdict.set(id, evaluation.ComplianceType ?? '');
        }
        for (const snapshot of answers.all) expect(finalVerdict.has(snapshot.SnapshotId ?? '')).toBe(true);
      }),
      { ...PARAMETERS, numRuns: Math.max(1, Math.floor(RUNS / 2)) },
    );
  });
});

describe('missing or malformed deciding fields', () => {
  it('every base item is COMPLIANT as recorded (what the property below takes away from)', async () => {
    for (const fuzzCase of CASES) {
      const outcome = await invoke(fuzzCase.rule, changeEvent(fuzzCase.item, { ruleParameters: fuzzCase.parameters }));
      expect({ rule: fuzzCase.rule.id, outcome }).toEqual({ rule: fuzzCase.rule.id, outcome: { kind: 'reported', compliance: ['COMPLIANT'] } });
    }
  });

  it('never reports COMPLIANT once a field the verdict rests on is missing or of the wrong type', async () => {
    const arbInput = arbCase.chain((fuzzCase) =>
      fc.constantFrom(...fuzzCase.required).chain((field) => {
        const item = JSON.parse(JSON.stringify(fuzzCase.item)) as unknown;
        const path = parsePath(field.path);
        const original = valueAt(item, path);
        const change = arbWrongType(original, field.alsoRead).filter((wrong) => wrong !== 'delete' || field.missing);
        return fc.record({ fuzzCase: fc.constant(fuzzCase), field: fc.constant(field), change });
      }),
    );
    await fc.assert(
      fc.asyncProperty(arbInput, async ({ fuzzCase, field, change }) => {
        const item = JSON.parse(JSON.stringify(fuzzCase.item)) as unknown;
        const mutation: Mutation = change === 'delete' ? { kind: 'delete', path: parsePath(field.path) } : { kind: 'set', path: parsePath(field.path), value: change.value };
        const outcome = await invoke(fuzzCase.rule, changeEventOf(fuzzCase, applyMutation(item, mutation), fuzzCase.parameters));
        expectReportedOrTyped(outcome, 'change');
        if (outcome.kind === 'reported') expect(outcome.compliance).not.toContain('COMPLIANT');
      }),
      PARAMETERS,
    );
  });
});
