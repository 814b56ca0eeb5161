import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResourceType } from '@aws-sdk/client-config-service';
import { loadItem } from '../../../rule-kit/testing';
import { loadResourceSchema, PLACEHOLDERS, sampleItem, UnknownResourceTypeError } from '../../../bin/sample-item';
import { runCli } from '../run-cli';

const schema = loadResourceSchema();
const ROOT = join(__dirname, '..', '..', '..');

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Scalars of a recorded configuration by dotted path; lists are looked into (the schema flattens them). */
function scalarPaths(value: unknown, prefix = '', into: Map<string, unknown> = new Map()): Map<string, unknown> {
  if (Array.isArray(value)) {
    for (const element of value) scalarPaths(element, prefix, into);
  } else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) scalarPaths(child, prefix === '' ? key : `${prefix}.${key}`, into);
  } else if (value !== null && !into.has(prefix)) {
    into.set(prefix, value);
  }
  return into;
}

// Items in test/ recorded in Config's notification shape, each saying in _source where its shape comes from,
// with the fields the schema does not list (it is written for SelectResources queries: tags sit at the top,
// and S3's owner, ACL, policy and notification configuration are not searchable).
const RECORDED: readonly (readonly [string, readonly string[]])[] = [
  ['test/rules/cloudtrail-log-file-validation/fixtures/trail-validation-enabled.json', []],
  ['test/rule-kit/items/fixtures/security-group.notification.json', ['configuration.tags']],
  ['test/rules/rds-snapshot-public/fixtures/db-snapshot-not-shared.json', []],
  [
    'test/rule-kit/items/fixtures/s3-bucket.notification.json',
    [
      'configuration.owner',
      'supplementaryConfiguration.AccessControlList',
      'supplementaryConfiguration.BucketNotificationConfiguration',
      'supplementaryConfiguration.BucketPolicy',
    ],
  ],
];
const PARTS = ['configuration', 'supplementaryConfiguration'] as const;

describe('sample-item', () => {
  it.each(RECORDED)('has the fields, and the configuration fields with their types, of %s', (path, notInSchema) => {
    // Prepare
    const recorded = JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Json & { configurationItem: Json };
    const type = recorded.configurationItem['resourceType'] as string;
    // Act
    const sample = sampleItem(schema, type);
    // Assess
    expect(Object.keys(sample).sort()).toEqual(Object.keys(recorded).sort());
    expect(Object.keys(sample.configurationItem).sort()).toEqual(Object.keys(recorded.configurationItem).sort());
    for (const key of ['configurationItemVersion', 'configurationItemStatus', 'resourceType'] as const) {
      expect(sample.configurationItem[key]).toBe(recorded.configurationItem[key]);
    }
    expect(typeof sample.configurationItem['configurationStateId']).toBe(typeof recorded.configurationItem['configurationStateId']);
    const missing = PARTS.flatMap((part) => {
      const sampled = sample.configurationItem[part] as Json;
      return Object.keys(recorded.configurationItem[part] as Json).filter((key) => !(key in sampled)).map((key) => `${part}.${key}`);
    });
    expect(missing).toEqual(notInSchema);
    const compared = PARTS.flatMap((part) => {
      const sampled = scalarPaths(sample.configurationItem[part]);
      return [...scalarPaths(recorded.configurationItem[part])]
        .filter(([field]) => sampled.has(field))
        .map(([field, value]) => [`${part}.${field}`, typeof value, typeof sampled.get(field)] as const);
    });
    expect(compared.length).toBeGreaterThan(2);
    for (const [field, recordedType, sampledType] of compared) expect([field, sampledType]).toEqual([field, recordedType]);
  });

  it('covers every type the schema data holds with that type\'s configuration properties, readable by the test kit', () => {
    const types = Object.keys(schema.properties);
    expect(types.length).toBeGreaterThan(400);
    for (const type of types) {
      const sample = sampleItem(schema, type);
      const topLevel = new Set(Object.keys(schema.properties[type]?.configuration ?? {}).map((path) => path.split('.')[0]));
      expect(Object.keys(sample.configurationItem['configuration'] as Json).sort()).toEqual([...topLevel].sort());
    }
    const dir = mkdtempSync(join(tmpdir(), 'sample-item-'));
    writeFileSync(join(dir, 'volume.json'), JSON.stringify(sampleItem(schema, 'AWS::EC2::Volume')));
    const volume = loadItem(join(dir, 'volume.json'));
    rmSync(dir, { recursive: true });
    expect(volume).toMatchObject({ resourceType: 'AWS::EC2::Volume', configurationItemStatus: 'OK', configuration: { encrypted: PLACEHOLDERS.boolean } });
  });

  it('gives each placeholder its schema type, nested below its parents', () => {
    const volume = sampleItem(schema, 'AWS::EC2::Volume').configurationItem['configuration'];
    expect(volume).toMatchObject({ encrypted: false, size: 0, kmsKeyId: '<string>', createTime: PLACEHOLDERS.date, state: { value: '<string>' } });
    const group = sampleItem(schema, 'AWS::EC2::SecurityGroup').configurationItem['configuration'];
    expect(group).toMatchObject({ ipPermissions: { ipRanges: PLACEHOLDERS.cidr_block, fromPort: 0 } });
  });

  it('knows every resource type of the SDK, and refuses others with a suggestion', () => {
    for (const type of Object.values(ResourceType)) expect(schema.resourceTypes).toContain(type);
    expect(() => sampleItem(schema, 'AWS::EC2::volume')).toThrow(new UnknownResourceTypeError('AWS::EC2::volume', ['AWS::EC2::Volume']));
    expect(() => sampleItem(schema, 'AWS::Nope::Thing')).toThrow(UnknownResourceTypeError);
    expect(schema._source).toMatch(/awslabs\/aws-config-resource-schema commit [0-9a-f]{40}/);
  });

  it('is what config-rules sample-item prints, and a typo exits 2 naming the type', () => {
    const run = runCli(['sample-item', 'AWS::EC2::Volume']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(sampleItem(schema, 'AWS::EC2::Volume'));
    const typo = runCli(['sample-item', 'AWS::EC2::Volumes']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/AWS::EC2::Volumes is not a resource type AWS Config supports/);
  });
});
