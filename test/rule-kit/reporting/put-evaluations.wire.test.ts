/**
 * Drives the real SDK client over HTTP against a loopback server, to prove the retry policy at the
 * wire: status codes and awsJson1.1 error bodies as Config sends them, and the SDK's own retries off
 * (so each attempt the policy makes is exactly one request).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { compliant, nonCompliant } from '../../../rule-kit';
import { toEvaluation } from '../../../rule-kit/evaluations';
import {
  MissingPermissionError,
  PUT_EVALUATIONS_REQUEST_TIMEOUT_MS,
  createConfigServiceClient,
  putEvaluations,
  EvaluationsNotReportedError,
} from '../../../rule-kit/reporting';

interface Reply {
  readonly status: number;
  readonly body: unknown;
}

interface Received {
  readonly target: string | undefined;
  readonly body: Record<string, unknown>;
}

let server: Server;
let endpoint: string;
let replies: Reply[] = [];
let received: Received[] = [];

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

beforeAll(async () => {
  server = createServer((request, response) => {
    void readBody(request).then((text) => {
      const target = request.headers['x-amz-target'];
      received.push({ target: Array.isArray(target) ? target[0] : target, body: JSON.parse(text) as Record<string, unknown> });
      const reply = replies.shift() ?? { status: 500, body: { __type: 'UnexpectedRequest' } };
      // Status 0: the service never answers (the client's request time-out must end the attempt).
      if (reply.status === 0) return;
      const payload = JSON.stringify(reply.body);
      response.writeHead(reply.status, {
        'content-type': 'application/x-amz-json-1.1',
        'content-length': Buffer.byteLength(payload),
        'x-amzn-requestid': `req-${received.length}`,
      });
      response.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  replies = [];
  received = [];
});

function client() {
  return createConfigServiceClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-real-secret' },
  });
}

const evaluations = [
  toEvaluation({ resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-1' }, nonCompliant('port 22 open'), '2024-03-01T00:00:00Z'),
  toEvaluation({ resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-2' }, compliant(), '2024-03-01T00:00:00Z'),
];
const options = { sleep: async () => undefined, random: () => 0 };
const OK: Reply = { status: 200, body: { FailedEvaluations: [] } };
const NO_ANSWER: Reply = { status: 0, body: null };

describe('putEvaluations over HTTP', () => {
  it('sends PutEvaluations with the token and evaluations', async () => {
    replies = [OK];
    await putEvaluations(client(), evaluations, 'token-abc', options);
    expect(received).toHaveLength(1);
    expect(received[0]?.target).toBe('StarlingDoveService.PutEvaluations');
    expect(received[0]?.body).toMatchObject({
      ResultToken: 'token-abc',
      TestMode: false,
      Evaluations: [
        { ComplianceResourceId: 'sg-1', ComplianceType: 'NON_COMPLIANT', Annotation: 'port 22 open' },
        { ComplianceResourceId: 'sg-2', ComplianceType: 'COMPLIANT' },
      ],
    });
    // awsJson1.1 timestamps are epoch seconds.
    expect((received[0]?.body['Evaluations'] as Array<Record<string, unknown>>)[0]?.['OrderingTimestamp']).toBe(
      Date.parse('2024-03-01T00:00:00Z') / 1000,
    );
  });

  it('retries a 503 then succeeds', async () => {
    replies = [{ status: 503, body: { __type: 'ServiceUnavailableException', message: 'try later' } }, OK];
    const report = await putEvaluations(client(), evaluations, 'token-abc', options);
    expect(received).toHaveLength(2);
    expect(report.calls).toBe(2);
  });

  it('retries a 400 ThrottlingException then succeeds', async () => {
    replies = [{ status: 400, body: { __type: 'ThrottlingException', message: 'Rate exceeded' } }, OK];
    await putEvaluations(client(), evaluations, 'token-abc', options);
    expect(received).toHaveLength(2);
    expect(received[1]?.body).toEqual(received[0]?.body);
  });

  it('does not retry a 400 AccessDeniedException', async () => {
    replies = [{ status: 400, body: { __type: 'AccessDeniedException', message: 'not authorized' } }, OK];
    await expect(putEvaluations(client(), evaluations, 'token-abc', options)).rejects.toBeInstanceOf(MissingPermissionError);
    expect(received).toHaveLength(1);
  });

  it('resends only FailedEvaluations returned in a 200', async () => {
    const failed = {
      ComplianceResourceType: 'AWS::EC2::SecurityGroup',
      ComplianceResourceId: 'sg-2',
      ComplianceType: 'COMPLIANT',
      OrderingTimestamp: 1709251200,
    };
    replies = [{ status: 200, body: { FailedEvaluations: [failed] } }, OK];
    await putEvaluations(client(), evaluations, 'token-abc', options);
    expect(received).toHaveLength(2);
    expect((received[1]?.body['Evaluations'] as Array<Record<string, unknown>>).map((e) => e['ComplianceResourceId'])).toEqual(['sg-2']);
  });

  it('makes exactly maxAttempts requests: the SDK adds no retries of its own', async () => {
    replies = [
      { status: 503, body: { __type: 'ServiceUnavailableException' } },
      { status: 503, body: { __type: 'ServiceUnavailableException' } },
      OK,
    ];
    await expect(putEvaluations(client(), evaluations, 'token-abc', { ...options, maxAttempts: 2 })).rejects.toBeInstanceOf(
      EvaluationsNotReportedError,
    );
    expect(received).toHaveLength(2);
  });

  it('ends an attempt the service never answers at the request time-out (2 s) and retries it', async () => {
    replies = [NO_ANSWER, OK];
    const started = Date.now();
    const report = await putEvaluations(client(), evaluations, 'token-abc', options);
    const elapsed = Date.now() - started;
    expect(report.calls).toBe(2);
    expect(received).toHaveLength(2);
    // Not a timing claim: only that the hung attempt was cut near the time-out, not left to hang.
    expect(elapsed).toBeGreaterThanOrEqual(PUT_EVALUATIONS_REQUEST_TIMEOUT_MS - 50);
  }, 15_000);
});
