import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rules } from '../../../rules';
import { scheduledEvent } from '../../../rule-kit/testing';
import { buildZips, CLIENTS_CODE_FILE, type BuiltZip } from '../../../templates/build';
import { loadInChild, runInChild, unpack } from './unpacked-bundle';

const ROOT = resolve(__dirname, '..', '..', '..');

jest.setTimeout(120_000);

let built: BuiltZip[] = [];

beforeAll(async () => {
  built = await buildZips(
    rules.map((rule) => ({ id: rule.id, entry: join(ROOT, 'rules', rule.id, 'handler.ts') })),
    ROOT,
    mkdtempSync(join(tmpdir(), 'build-lazy-')),
  );
});

describe('rule bundles load the AWS SDK on first use only', () => {
  // Prints, after loading index.js as Lambda's init does: whether the clients' code or node:https got
  // loaded, then, after touching every export each client stub lists, where each client resolved and
  // any export that came back undefined (a stub naming an export the clients' bundle lacks).
  const probe = (clients: readonly { name: string; exports: readonly string[] }[]) => `
    const m = require("./index.js");
    const loaded = () => Object.keys(require.cache).some((p) => p.endsWith("/${CLIENTS_CODE_FILE}"));
    const https = () => process.moduleLoadList.some((name) => name === "NativeModule https");
    const atInit = { handler: typeof m.handler, clientsCode: loaded(), https: https() };
    const clients = ${JSON.stringify(clients)}.map(({ name, exports }) => {
      const resolved = require.resolve(name);
      const pkg = require(name);
      return { name, insideZip: resolved.startsWith(process.cwd() + "/node_modules/"), missing: exports.filter((key) => pkg[key] === undefined) };
    });
    console.log(JSON.stringify({ atInit, clients, afterUse: { clientsCode: loaded(), https: https() } }));
  `;

  it('every rule: init loads neither the clients nor node:https; each client resolves inside the zip with every export it lists', () => {
    expect(built.map((zip) => zip.id)).toEqual(rules.map((rule) => rule.id));
    for (const zip of built) {
      const clients = zip.clients.clients.map(({ name, exports }) => ({ name, exports }));
      // Every rule reports through Config; the kit's client must be among them.
      expect(`${zip.id}: ${clients.some((client) => client.name === '@aws-sdk/client-config-service')}`).toBe(`${zip.id}: true`);
      const result = JSON.parse(loadInChild(unpack(zip.path), probe(clients))) as unknown;
      expect({ id: zip.id, result }).toEqual({
        id: zip.id,
        result: {
          atInit: { handler: 'function', clientsCode: false, https: false },
          clients: clients.map(({ name }) => ({ name, insideZip: true, missing: [] })),
          afterUse: { clientsCode: true, https: true },
        },
      });
    }
  });
});

describe('a collector path from the built zip', () => {
  interface Call {
    readonly service: 'ec2' | 'config';
    readonly action: string;
    readonly body: string;
  }
  const calls: Call[] = [];
  let server: Server;
  let endpoint: string;

  const EC2_NS = 'http://ec2.amazonaws.com/doc/2016-11-15/';
  const snapshotXml = (id: string) =>
    `<item><snapshotId>${id}</snapshotId><ownerId>123456789012</ownerId><volumeId>vol-0abc</volumeId><status>completed</status>` +
    `<startTime>2026-01-05T10:00:00.000Z</startTime><volumeSize>8</volumeSize><encrypted>false</encrypted></item>`;

  async function bodyOf(request: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  // Answers as EC2 (query protocol, XML) and Config (JSON 1.1) do, for what ebs-snapshot-public calls.
  beforeAll(async () => {
    server = createServer((request, response) => {
      void bodyOf(request).then((body) => {
        const target = request.headers['x-amz-target'];
        if (typeof target === 'string') {
          const action = target.replace('StarlingDoveService.', '');
          calls.push({ service: 'config', action, body });
          const answer = action === 'PutEvaluations' ? { FailedEvaluations: [] } : { EvaluationResults: [] };
          response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(answer));
          return;
        }
        const form = new URLSearchParams(body);
        const action = form.get('Action') ?? '';
        calls.push({ service: 'ec2', action, body });
        let xml: string;
        if (action === 'GetSnapshotBlockPublicAccessState') {
          xml = `<GetSnapshotBlockPublicAccessStateResponse xmlns="${EC2_NS}"><requestId>r1</requestId><state>unblocked</state></GetSnapshotBlockPublicAccessStateResponse>`;
        } else {
          const onlyPublic = form.get('RestorableBy.1') === 'all';
          const items = onlyPublic ? snapshotXml('snap-0public') : snapshotXml('snap-0public') + snapshotXml('snap-0private');
          xml = `<DescribeSnapshotsResponse xmlns="${EC2_NS}"><requestId>r2</requestId><snapshotSet>${items}</snapshotSet></DescribeSnapshotsResponse>`;
        }
        response.writeHead(200, { 'content-type': 'text/xml' }).end(xml);
      });
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('ebs-snapshot-public: a scheduled invocation lists snapshots through the lazily loaded EC2 client and reports', async () => {
    const zip = built.find((candidate) => candidate.id === 'ebs-snapshot-public');
    if (zip === undefined) throw new Error('ebs-snapshot-public was not built');
    const event = scheduledEvent({ ruleName: 'ebs-snapshot-public' });
    const output = await runInChild(
      unpack(zip.path),
      'require("./index.js").handler(JSON.parse(process.env.EVENT)).then((r) => console.log(JSON.stringify(r)), (e) => { console.error(e); process.exit(2); })',
      { EVENT: JSON.stringify(event), AWS_ENDPOINT_URL: endpoint, AWS_REGION: 'eu-west-1' },
    );
    const report = JSON.parse(output.split('\n').at(-1) ?? '') as unknown;
    expect(report).toEqual({ messageType: 'ScheduledNotification', reported: 2, compliance: { COMPLIANT: 1, NON_COMPLIANT: 1 } });
    expect(calls.map((call) => `${call.service} ${call.action}`)).toEqual([
      'ec2 GetSnapshotBlockPublicAccessState',
      'ec2 DescribeSnapshots',
      'ec2 DescribeSnapshots',
      'config GetComplianceDetailsByConfigRule',
      'config PutEvaluations',
    ]);
    const put = JSON.parse(calls.at(-1)?.body ?? '{}') as { Evaluations?: { ComplianceResourceId: string; ComplianceType: string }[] };
    expect(put.Evaluations?.map((evaluation) => `${evaluation.ComplianceResourceId} ${evaluation.ComplianceType}`).sort()).toEqual([
      'snap-0private COMPLIANT',
      'snap-0public NON_COMPLIANT',
    ]);
  });
});
