import { ConfigServiceClient, GetResourceConfigHistoryCommand, type ConfigurationItem as ApiItem } from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parseCommand } from '../../../bin/cli/parse-command';
import { runRecord, type RecordCommand } from '../../../bin/cli/record';
import { redact } from '../../../bin/record';
import { loadItem } from '../../../rule-kit/testing';

// A security group as GetResourceConfigHistory returns it through the SDK (API field names, Dates,
// configuration as a JSON string); values illustrative, field names from the AWS Config API reference.
const group: ApiItem = {
  version: '1.3',
  accountId: '111122223333',
  configurationItemCaptureTime: new Date('2026-03-02T09:14:07.512Z'),
  configurationItemStatus: 'OK',
  configurationStateId: '1772442847512',
  arn: 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0a1b2c3d',
  resourceType: 'AWS::EC2::SecurityGroup',
  resourceId: 'sg-0a1b2c3d',
  resourceName: 'web',
  awsRegion: 'eu-west-1',
  availabilityZone: 'Not Applicable',
  tags: {},
  relatedEvents: [],
  relationships: [],
  configuration: JSON.stringify({
    groupId: 'sg-0a1b2c3d',
    ownerId: '111122223333',
    ipPermissions: [
      { ipRanges: ['0.0.0.0/0', '10.0.0.0/16', '54.12.7.9/32'], userIdGroupPairs: [{ userId: '444455556666', groupId: 'sg-peer' }] },
      { ipRanges: ['54.12.7.9/32', '10.20.30.40/32'] },
    ],
    peerRole: 'arn:aws:iam::444455556666:role/peer',
    engineVersion: '8.0.35',
  }),
  supplementaryConfiguration: {},
};

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { io: { stdout, stderr, cwd: process.cwd(), env: {} }, out: () => out, err: () => err };
}

const command = (overrides: Partial<RecordCommand> = {}): RecordCommand => ({
  kind: 'record',
  resourceType: 'AWS::EC2::SecurityGroup',
  resourceId: 'sg-0a1b2c3d',
  region: 'eu-west-1',
  profile: undefined,
  output: undefined,
  redact: false,
  ...overrides,
});

describe('config-rules record', () => {
  const config = mockClient(ConfigServiceClient);
  afterEach(() => config.reset());
  afterAll(() => config.restore());

  it('writes the latest item (limit 1) as a fixture the test kit reads, saying where and when it was recorded', async () => {
    // Prepare
    config.on(GetResourceConfigHistoryCommand).resolves({ configurationItems: [group] });
    const dir = mkdtempSync(join(tmpdir(), 'record-'));
    const run = io();
    // Act
    const status = await runRecord(command({ output: join(dir, 'group.json') }), run.io, new ConfigServiceClient({ region: 'eu-west-1' }));
    // Assess
    expect(status).toBe(0);
    expect(config.commandCalls(GetResourceConfigHistoryCommand).map((call) => call.args[0].input)).toEqual([
      { resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-0a1b2c3d', limit: 1 },
    ]);
    const fixture = JSON.parse(readFileSync(join(dir, 'group.json'), 'utf8')) as { _source: string };
    expect(fixture._source).toMatch(/^GetResourceConfigHistory \(limit 1\) response for AWS::EC2::SecurityGroup sg-0a1b2c3d in eu-west-1, recorded \d{4}-\d\d-\d\dT/);
    expect(loadItem(join(dir, 'group.json'))).toMatchObject({
      resourceType: 'AWS::EC2::SecurityGroup',
      awsAccountId: '111122223333',
      configurationItemCaptureTime: '2026-03-02T09:14:07.512Z',
      configuration: { groupId: 'sg-0a1b2c3d' },
    });
    rmSync(dir, { recursive: true });
  });

  it('--redact replaces accounts and host addresses consistently, keeping network ranges', async () => {
    config.on(GetResourceConfigHistoryCommand).resolves({ configurationItems: [group] });
    const run = io();
    expect(await runRecord(command({ redact: true }), run.io, new ConfigServiceClient({ region: 'eu-west-1' }))).toBe(0);
    const text = run.out();
    for (const secret of ['111122223333', '444455556666', '54.12.7.9', '10.20.30.40']) expect(text).not.toContain(secret);
    const { configurationItems } = JSON.parse(text) as { configurationItems: { accountId: string; arn: string; configuration: string }[] };
    const [item] = configurationItems;
    expect(item?.accountId).toBe('123456789012');
    expect(item?.arn).toBe('arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0a1b2c3d');
    expect(JSON.parse(item?.configuration ?? '{}')).toEqual({
      groupId: 'sg-0a1b2c3d',
      ownerId: '123456789012',
      ipPermissions: [
        { ipRanges: ['0.0.0.0/0', '10.0.0.0/16', '192.0.2.1/32'], userIdGroupPairs: [{ userId: '900000000001', groupId: 'sg-peer' }] },
        { ipRanges: ['192.0.2.1/32', '10.0.0.1/32'] },
      ],
      peerRole: 'arn:aws:iam::900000000001:role/peer',
      engineVersion: '8.0.35',
    });
    expect(JSON.parse(text)).toHaveProperty('_source', expect.stringContaining('--redact replaced 2 account id(s) and 2 IPv4 host address(es)'));
  });

  it('says so, exit 2, when Config has no item for the resource', async () => {
    config.on(GetResourceConfigHistoryCommand).resolves({ configurationItems: [] });
    const run = io();
    expect(await runRecord(command(), run.io, new ConfigServiceClient({ region: 'eu-west-1' }))).toBe(2);
    expect(run.err()).toMatch(/no configuration item for AWS::EC2::SecurityGroup sg-0a1b2c3d in eu-west-1/);
  });

  it('keeps addresses nobody owns and maps each private range within itself', () => {
    expect(redact('127.0.0.1 169.254.169.254 172.20.1.1 192.168.7.7 172.20.1.1 8.8.8.8/24', '000000000000').text).toBe(
      '127.0.0.1 169.254.169.254 172.16.0.1 192.168.0.1 172.16.0.1 8.8.8.8/24',
    );
  });

  it('parses its command line', () => {
    expect(parseCommand(['record', 'AWS::S3::Bucket', 'b', '--region', 'eu-west-1', '--profile', 'audit', '-o', 'f.json', '--redact'])).toEqual({
      kind: 'record',
      resourceType: 'AWS::S3::Bucket',
      resourceId: 'b',
      region: 'eu-west-1',
      profile: 'audit',
      output: 'f.json',
      redact: true,
    });
    expect(() => parseCommand(['record', 'AWS::S3::Bucket'])).toThrow(/a resource type and a resource id/);
  });
});
