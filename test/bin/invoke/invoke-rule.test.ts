import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { invokeRule, type InvokeOptions } from '../../../bin/invoke';
import { loadItem } from '../../../rule-kit/testing';
import { rules } from '../../../rules';
import { handler as trailHandler } from '../../../rules/cloudtrail-log-file-validation/handler';
import { handler as snapshotHandler } from '../../../rules/ebs-snapshot-public/handler';
import { handler as bucketHandler } from '../../../rules/s3-bucket-public-access/handler';

const ROOT = join(__dirname, '..', '..', '..');
const ruleOf = (id: string) => {
  const rule = rules.find((candidate) => candidate.id === id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  return rule;
};
const trail = loadItem(join(ROOT, 'test/rules/cloudtrail-log-file-validation/fixtures/trail-validation-disabled.json'));
const options = (overrides: Partial<InvokeOptions> = {}): InvokeOptions => ({ live: false, ruleParameters: {}, logSink: () => undefined, env: process.env, ...overrides });

describe('invokeRule offline', () => {
  it('runs the handler on a change event and returns what it sent to PutEvaluations', async () => {
    const outcome = await invokeRule(ruleOf('cloudtrail-log-file-validation'), trailHandler, { kind: 'item', items: [trail], oversized: false }, options());
    expect(outcome).toEqual({
      kind: 'sent',
      evaluations: [
        {
          ComplianceResourceType: 'AWS::CloudTrail::Trail',
          ComplianceResourceId: 'data-events',
          ComplianceType: 'NON_COMPLIANT',
          Annotation: 'Log file validation is disabled on trail data-events.',
          OrderingTimestamp: new Date(trail.configurationItemCaptureTime),
        },
      ],
    });
  });

  it('answers an oversized event from the item, as Config would', async () => {
    const outcome = await invokeRule(ruleOf('cloudtrail-log-file-validation'), trailHandler, { kind: 'item', items: [trail], oversized: true }, options());
    expect(outcome.evaluations).toEqual([expect.objectContaining({ ComplianceResourceId: 'data-events', ComplianceType: 'NON_COMPLIANT' })]);
  });

  it('passes rule parameters as Config does, and a bad one fails before anything is sent', async () => {
    const bucket = loadItem(join(ROOT, 'test/rules/s3-bucket-public-access/fixtures/bucket-private.json'));
    const outcome = await invokeRule(ruleOf('s3-bucket-public-access'), bucketHandler, { kind: 'item', items: [bucket], oversized: false }, options({ ruleParameters: { nonsense: '1' } }));
    expect(outcome).toMatchObject({ kind: 'failed', evaluations: [], error: { name: 'InvalidParameterError' } });
  });

  it('lets no other AWS call leave the machine: a collector fails at a closed local port, and the environment is put back', async () => {
    const before = { ...process.env };
    const lines: string[] = [];
    const outcome = await invokeRule(ruleOf('ebs-snapshot-public'), snapshotHandler, { kind: 'periodic', items: [] }, options({ env: process.env, logSink: (line) => lines.push(line) }));
    expect(outcome).toMatchObject({ kind: 'failed', evaluations: [] });
    expect(String((outcome as { error: unknown }).error)).toMatch(/ECONNREFUSED 127\.0\.0\.1:9/);
    expect(process.env).toEqual(before);
    expect(lines.some((line) => line.includes('Invocation failed'))).toBe(true);
  });
});

describe('invokeRule --live', () => {
  let server: Server;
  const requests: { target: string; body: Record<string, unknown> }[] = [];
  const saved = { ...process.env };

  beforeAll(async () => {
    // A stand-in for Config's JSON protocol on loopback, reached through AWS_ENDPOINT_URL as the SDK allows.
    server = createServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        requests.push({ target: String(request.headers['x-amz-target']), body: JSON.parse(body) as Record<string, unknown> });
        response.setHeader('content-type', 'application/x-amz-json-1.1');
        response.end(JSON.stringify({ FailedEvaluations: [] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      AWS_ACCESS_KEY_ID: 'AKIDSTANDIN',
      AWS_SECRET_ACCESS_KEY: 'stand-in',
      AWS_REGION: 'eu-west-1',
    });
  });

  afterAll(async () => {
    for (const key of ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends PutEvaluations in TestMode with the TESTMODE token, and records what it sent', async () => {
    const outcome = await invokeRule(ruleOf('cloudtrail-log-file-validation'), trailHandler, { kind: 'item', items: [trail], oversized: false }, options({ live: true }));
    expect(outcome.evaluations).toEqual([expect.objectContaining({ ComplianceResourceId: 'data-events', ComplianceType: 'NON_COMPLIANT' })]);
    expect(requests).toEqual([
      {
        target: 'StarlingDoveService.PutEvaluations',
        body: expect.objectContaining({ ResultToken: 'TESTMODE', TestMode: true, Evaluations: [expect.objectContaining({ ComplianceResourceId: 'data-events' })] }),
      },
    ]);
  });
});
