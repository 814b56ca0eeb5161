import {
  ConfigServiceClient,
  ConfigServiceServiceException,
  PutEvaluationsCommand,
  type Evaluation,
  type PutEvaluationsCommandInput,
} from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { compliant, nonCompliant } from '../../../rule-kit';
import { InvalidEventError } from '../../../rule-kit/errors';
import { toEvaluation } from '../../../rule-kit/evaluations';
import { createLogger } from '../../../rule-kit/logging';
import {
  EvaluationsNotReportedError,
  MissingPermissionError,
  PutEvaluationsError,
  ReportingError,
  putEvaluations,
  type PutEvaluationsOptions,
} from '../../../rule-kit/reporting';

const TOKEN = 'eyJyZXN1bHRUb2tlbiI6InNlY3JldC1yZXN1bHQtdG9rZW4tdmFsdWUifQ==';
const configMock = mockClient(ConfigServiceClient);
const client = new ConfigServiceClient({ region: 'us-east-1' });

function evaluations(count: number): Evaluation[] {
  return Array.from({ length: count }, (_, i) =>
    toEvaluation(
      { resourceType: 'AWS::EC2::SecurityGroup', resourceId: `sg-${String(i).padStart(4, '0')}` },
      i % 2 === 0 ? compliant() : nonCompliant(`finding ${i}`),
      '2024-03-01T00:00:00.000Z',
    ),
  );
}

function awsError(name: string, status: number, fault: 'client' | 'server' = status >= 500 ? 'server' : 'client') {
  return new ConfigServiceServiceException({ name, $fault: fault, $metadata: { httpStatusCode: status }, message: `${name} happened` });
}

interface Harness {
  readonly sleeps: number[];
  readonly lines: string[];
  readonly options: PutEvaluationsOptions;
}

function harness(extra: Partial<PutEvaluationsOptions> = {}): Harness {
  const sleeps: number[] = [];
  const lines: string[] = [];
  return {
    sleeps,
    lines,
    options: {
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 0.5,
      logger: createLogger({ rule: 'test-rule', sink: (line) => lines.push(line), level: 'debug', now: () => new Date(0) }),
      ...extra,
    },
  };
}

function sentInputs(): PutEvaluationsCommandInput[] {
  return configMock.commandCalls(PutEvaluationsCommand).map((call) => call.args[0].input);
}

function sentIds(input: PutEvaluationsCommandInput | undefined): string[] {
  return (input?.Evaluations ?? []).map((e) => e.ComplianceResourceId ?? '');
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

beforeEach(() => {
  configMock.reset();
  configMock.on(PutEvaluationsCommand).resolves({ FailedEvaluations: [] });
});

describe('putEvaluations batching', () => {
  it.each([
    [0, [0]],
    [1, [1]],
    [100, [100]],
    [101, [100, 1]],
    [250, [100, 100, 50]],
  ])('%i evaluations make calls of sizes %j', async (count, sizes) => {
    const all = evaluations(count);
    const { options } = harness();
    const report = await putEvaluations(client, all, TOKEN, options);
    const inputs = sentInputs();
    expect(inputs.map((input) => input.Evaluations?.length)).toEqual(sizes);
    expect(inputs.every((input) => input.ResultToken === TOKEN && input.TestMode === false)).toBe(true);
    // Each evaluation sent once, in order.
    expect(inputs.flatMap(sentIds)).toEqual(all.map((e) => e.ComplianceResourceId));
    expect(report).toEqual({ reported: count, batches: sizes.length, calls: sizes.length, testMode: false });
  });

  it('zero evaluations send an explicit empty list', async () => {
    await putEvaluations(client, [], TOKEN, harness().options);
    expect(sentInputs()[0]?.Evaluations).toEqual([]);
  });

  it('sets TestMode when the result token is TESTMODE', async () => {
    const report = await putEvaluations(client, evaluations(3), 'TESTMODE', harness().options);
    expect(sentInputs()).toEqual([expect.objectContaining({ ResultToken: 'TESTMODE', TestMode: true })]);
    expect(report.testMode).toBe(true);
  });

  it.each(['', '   '])('rejects a blank result token %j without calling Config', async (token) => {
    await expect(putEvaluations(client, evaluations(1), token)).rejects.toBeInstanceOf(InvalidEventError);
    expect(sentInputs()).toHaveLength(0);
  });
});

describe('putEvaluations FailedEvaluations', () => {
  it('resends only the failed evaluations, then succeeds', async () => {
    const all = evaluations(5);
    configMock
      .on(PutEvaluationsCommand)
      .resolvesOnce({ FailedEvaluations: [all[1] as Evaluation, all[3] as Evaluation] })
      .resolves({ FailedEvaluations: [] });
    const { options, sleeps } = harness();
    const report = await putEvaluations(client, all, TOKEN, options);
    const inputs = sentInputs();
    expect(inputs).toHaveLength(2);
    expect(sentIds(inputs[1])).toEqual(['sg-0001', 'sg-0003']);
    expect(inputs[1]?.ResultToken).toBe(TOKEN);
    expect(sleeps).toEqual([100]); // full jitter: 0.5 * 200 ms
    expect(report.calls).toBe(2);
  });

  it('resends a failed entry that matches nothing sent rather than lose it', async () => {
    const all = evaluations(2);
    const stranger = { ...all[0], ComplianceResourceId: 'sg-unknown' } as Evaluation;
    configMock.on(PutEvaluationsCommand).resolvesOnce({ FailedEvaluations: [stranger] }).resolves({});
    await putEvaluations(client, all, TOKEN, harness().options);
    expect(sentIds(sentInputs()[1])).toEqual(['sg-unknown']);
  });

  it('throws EvaluationsNotReportedError listing what was never accepted, with later batches', async () => {
    const all = evaluations(150);
    const stubborn = all[7] as Evaluation;
    configMock.on(PutEvaluationsCommand).resolves({ FailedEvaluations: [stubborn] });
    const { options, sleeps } = harness({ maxAttempts: 3 });
    const error = await rejection(putEvaluations(client, all, TOKEN, options));
    expect(error).toBeInstanceOf(EvaluationsNotReportedError);
    expect(error).toBeInstanceOf(ReportingError);
    const notReported = error as EvaluationsNotReportedError;
    expect(notReported.attempts).toBe(3);
    // The stubborn one, plus the second batch that was never sent.
    expect(notReported.unreported.map((key) => key.resourceId)).toEqual([
      'sg-0007',
      ...all.slice(100).map((e) => e.ComplianceResourceId),
    ]);
    expect(notReported.message).toContain('51 evaluation(s) not reported');
    expect(notReported.message).toContain('AWS::EC2::SecurityGroup sg-0007');
    expect(sentInputs()).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });
});

describe('putEvaluations errors', () => {
  it.each([
    ['ThrottlingException', 400],
    ['TooManyRequestsException', 400],
    ['RequestLimitExceeded', 400],
    ['SomethingNew', 429],
  ])('retries throttling %s (%i) then succeeds', async (name, status) => {
    configMock.on(PutEvaluationsCommand).rejectsOnce(awsError(name, status)).resolves({});
    const { options, sleeps, lines } = harness();
    const report = await putEvaluations(client, evaluations(3), TOKEN, options);
    const inputs = sentInputs();
    expect(inputs).toHaveLength(2);
    expect(sentIds(inputs[1])).toEqual(sentIds(inputs[0]));
    expect(sleeps).toHaveLength(1);
    expect(report.calls).toBe(2);
    const warn = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line['level'] === 'warn');
    expect(warn).toMatchObject({ errorCode: name, reason: 'throttling', rule: 'test-rule' });
  });

  it.each([
    ['ServiceUnavailable', 503, 'server'],
    ['InternalFailure', 500, 'server'],
    ['Unknown', 502, 'client'],
  ] as const)('retries server error %s (%i) then succeeds', async (name, status, fault) => {
    configMock.on(PutEvaluationsCommand).rejectsOnce(awsError(name, status, fault)).resolves({});
    const report = await putEvaluations(client, evaluations(2), TOKEN, harness().options);
    expect(report.calls).toBe(2);
  });

  it('retries a network reset then succeeds', async () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    configMock.on(PutEvaluationsCommand).rejectsOnce(reset).resolves({});
    expect((await putEvaluations(client, evaluations(1), TOKEN, harness().options)).calls).toBe(2);
  });

  it.each([
    ['AccessDeniedException', 400],
    ['AccessDenied', 403],
    ['UnnamedForbidden', 403],
  ])('does not retry %s (%i) and names config:PutEvaluations', async (name, status) => {
    configMock.on(PutEvaluationsCommand).rejects(awsError(name, status));
    const { options, sleeps, lines } = harness();
    const error = await rejection(putEvaluations(client, evaluations(3), TOKEN, options));
    expect(error).toBeInstanceOf(MissingPermissionError);
    expect(error).toMatchObject({ permission: 'config:PutEvaluations', awsErrorCode: name });
    expect((error as Error).message).toContain('config:PutEvaluations');
    expect((error as MissingPermissionError).unreported).toHaveLength(3);
    expect(sentInputs()).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(lines.some((line) => line.includes('"level":"error"') && line.includes('MissingPermission'))).toBe(true);
  });

  it('does not retry other errors and wraps them with the AWS code', async () => {
    const invalid = awsError('InvalidResultTokenException', 400);
    configMock.on(PutEvaluationsCommand).rejects(invalid);
    const error = await rejection(putEvaluations(client, evaluations(2), TOKEN, harness().options));
    expect(error).toBeInstanceOf(PutEvaluationsError);
    expect(error).toMatchObject({ awsErrorCode: 'InvalidResultTokenException', cause: invalid });
    expect(sentInputs()).toHaveLength(1);
  });

  it('treats an expired token (403) as a credentials problem, not a missing permission', async () => {
    configMock.on(PutEvaluationsCommand).rejects(awsError('ExpiredTokenException', 403));
    const error = await rejection(putEvaluations(client, evaluations(1), TOKEN, harness().options));
    expect(error).toBeInstanceOf(PutEvaluationsError);
    expect(sentInputs()).toHaveLength(1);
  });

  it('wraps a non-Error rejection instead of losing it', async () => {
    configMock.on(PutEvaluationsCommand).callsFake(() => Promise.reject('boom'));
    const error = await rejection(putEvaluations(client, evaluations(1), TOKEN, harness().options));
    expect(error).toBeInstanceOf(PutEvaluationsError);
    expect((error as Error).message).toContain('boom');
  });

  it('gives up after maxAttempts of throttling, listing the batch and every later one', async () => {
    const all = evaluations(250);
    const throttled = awsError('ThrottlingException', 400);
    configMock
      .on(PutEvaluationsCommand)
      .resolvesOnce({}) // first batch goes through
      .rejects(throttled);
    const { options, sleeps } = harness({ maxAttempts: 4 });
    const error = await rejection(putEvaluations(client, all, TOKEN, options));
    expect(error).toBeInstanceOf(EvaluationsNotReportedError);
    const notReported = error as EvaluationsNotReportedError;
    expect(notReported.cause).toBe(throttled);
    expect(notReported.unreported.map((key) => key.resourceId)).toEqual(all.slice(100).map((e) => e.ComplianceResourceId));
    expect(sentInputs()).toHaveLength(1 + 4);
    // Full jitter with random 0.5: half of 200, 400, 800 ms.
    expect(sleeps).toEqual([100, 200, 400]);
  });

  it('caps the backoff at maxDelayMs', async () => {
    configMock.on(PutEvaluationsCommand).rejects(awsError('ThrottlingException', 400));
    const { options, sleeps } = harness({ maxAttempts: 6, random: () => 0.999999, baseDelayMs: 1000, maxDelayMs: 3000 });
    await rejection(putEvaluations(client, evaluations(1), TOKEN, options));
    expect(sleeps).toEqual([999, 1999, 2999, 2999, 2999]);
  });
});

describe('putEvaluations logs', () => {
  it('logs each reported evaluation and never the result token', async () => {
    configMock.on(PutEvaluationsCommand).rejectsOnce(awsError('ThrottlingException', 400)).resolves({});
    const { options, lines } = harness();
    await putEvaluations(client, evaluations(2), TOKEN, options);
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed.filter((line) => line['message'] === 'evaluation reported')).toEqual([
      expect.objectContaining({ resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-0000', compliance: 'COMPLIANT' }),
      expect.objectContaining({ resourceId: 'sg-0001', compliance: 'NON_COMPLIANT' }),
    ]);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it('masks the token even when an error message carries it', async () => {
    configMock.on(PutEvaluationsCommand).rejects(new ConfigServiceServiceException({
      name: 'InvalidResultTokenException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
      message: `token ${TOKEN} is invalid`,
    }));
    const { options, lines } = harness();
    const error = await rejection(putEvaluations(client, evaluations(1), TOKEN, options));
    expect((error as Error).message).toContain('[redacted] is invalid');
    expect((error as Error).message).not.toContain(TOKEN);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });
});
