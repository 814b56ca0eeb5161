import fc from 'fast-check';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, fromApiItem, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/cloudtrail-encryption';

const trail = (configuration: unknown): ConfigurationItem => ({
  configurationItemVersion: '1.3',
  configurationItemCaptureTime: '2026-03-02T09:14:07.512Z',
  configurationItemStatus: 'OK',
  awsAccountId: '111122223333',
  awsRegion: 'eu-west-1',
  resourceType: 'AWS::CloudTrail::Trail',
  resourceId: 'management-events',
  configuration,
});

const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const arbKeyArn = fc
  .tuple(fc.constantFrom('aws', 'aws-cn', 'aws-us-gov'), fc.constantFrom('eu-west-1', 'us-east-2', 'cn-north-1'), hex(8), hex(4), hex(4), hex(4), hex(12))
  .map(([partition, region, a, b, c, d, e]) => `arn:${partition}:kms:${region}:111122223333:key/${a}-${b}-${c}-${d}-${e}`);

const verdictFor = (kmsKeyId: unknown, kmsKeyArns: readonly string[] | undefined) =>
  evaluateItem(rule, trail({ name: 'management-events', kmsKeyId }), { kmsKeyArns }).compliance;

describe('cloudtrail-encryption properties', () => {
  it('adding a key to kmsKeyArns never turns COMPLIANT into NON_COMPLIANT', () => {
    fc.assert(
      fc.property(fc.oneof(arbKeyArn, fc.string()), fc.array(arbKeyArn, { maxLength: 4 }), arbKeyArn, (kmsKeyId, allowed, added) => {
        if (verdictFor(kmsKeyId, allowed) === 'COMPLIANT') expect(verdictFor(kmsKeyId, [...allowed, added])).toBe('COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('a trail whose key is listed is COMPLIANT; without a non-empty key it never is', () => {
    fc.assert(
      fc.property(arbKeyArn, fc.array(arbKeyArn, { maxLength: 4 }), fc.constantFrom(undefined, null, '', ' '), (key, others, none) => {
        expect(verdictFor(key, [...others, key])).toBe('COMPLIANT');
        expect(verdictFor(none, [...others, key])).toBe('NON_COMPLIANT');
        expect(verdictFor(none, undefined)).toBe('NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('arbitrary configuration never throws an untyped error and is COMPLIANT only with a non-empty string kmsKeyId', () => {
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.array(arbKeyArn, { maxLength: 3 }), { nil: undefined }), (configuration, kmsKeyArns) => {
        // evaluateItem turns MalformedConfigurationItemError into NON_COMPLIANT; any throw here is a bug.
        const { compliance } = evaluateItem(rule, trail(configuration), { kmsKeyArns });
        const key = typeof configuration === 'object' && configuration !== null ? (configuration as Record<string, unknown>)['kmsKeyId'] : undefined;
        if (compliance === 'COMPLIANT') expect(typeof key === 'string' && key.trim() !== '').toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the notification shape and the API shape of one item the same verdict', () => {
    fc.assert(
      fc.property(fc.oneof(arbKeyArn, fc.constantFrom('', null)), fc.option(fc.array(arbKeyArn, { maxLength: 3 }), { nil: undefined }), (kmsKeyId, kmsKeyArns) => {
        const item = trail({ name: 'management-events', kmsKeyId });
        expect(evaluateItem(rule, fromApiItem(toApiItem(item)), { kmsKeyArns })).toEqual(evaluateItem(rule, item, { kmsKeyArns }));
      }),
      { numRuns: 100 },
    );
  });
});
