import fc from 'fast-check';
import { type ConfigurationItem, isRecord, type Verdict } from '../../../rule-kit';
import { evaluateItem, parseParameters } from '../../../rule-kit/testing';
import { fromApiItem } from '../../../rule-kit/items';
import { rule } from '../../../rules/s3-bucket-public-access';
import {
  accountBlockItem,
  apiShape,
  arbBlock,
  arbBucketParts,
  arbCidr,
  arbOtherCondition,
  cidrText,
  arbEncoding,
  arbGrant,
  arbStatement,
  bucketItem,
} from './arbitraries';
import { loadFixtureItem } from './fixtures';

const DEFAULTS = parseParameters(rule.parameters, {});
const RUNS = { numRuns: 200 };

const evaluate = (item: ConfigurationItem, accountBlock?: ConfigurationItem): Verdict =>
  evaluateItem(rule, item, DEFAULTS, { related: { accountPublicAccessBlock: accountBlock } });

describe('s3-bucket-public-access properties', () => {
  it('never turns NON_COMPLIANT into COMPLIANT when a grant or statement is added anywhere (no block, no ownership control)', () => {
    const insert = <T>(list: readonly T[], at: number, value: T): T[] => [...list.slice(0, at % (list.length + 1)), value, ...list.slice(at % (list.length + 1))];
    fc.assert(
      fc.property(
        arbBucketParts(false),
        fc.oneof(arbGrant.map((grant) => ({ grant })), arbStatement.map((statement) => ({ statement }))),
        fc.nat(),
        (parts, added, at) => {
          fc.pre(evaluate(bucketItem(parts)).compliance === 'NON_COMPLIANT');
          const more =
            'grant' in added
              ? { ...parts, grants: insert(parts.grants, at, added.grant) }
              : { ...parts, statements: insert(parts.statements ?? [], at, added.statement) };
          expect(evaluate(bucketItem(more)).compliance).toBe('NON_COMPLIANT');
        },
      ),
      RUNS,
    );
  });

  it('never makes a compliant bucket non-compliant by turning on account-level settings', () => {
    fc.assert(
      fc.property(arbBucketParts(), arbBlock, (parts, block) => {
        const item = bucketItem(parts);
        fc.pre(evaluate(item).compliance === 'COMPLIANT');
        expect(evaluate(item, accountBlockItem(block)).compliance).toBe('COMPLIANT');
      }),
      RUNS,
    );
  });

  it('gives the same verdict whether supplementary values are recorded as JSON strings or objects', () => {
    fc.assert(
      fc.property(arbBucketParts(), arbEncoding, arbEncoding, (parts, one, other) => {
        expect(evaluate(bucketItem(parts, one))).toEqual(evaluate(bucketItem(parts, other)));
      }),
      RUNS,
    );
  });

  it('gives the same verdict for the notification shape and the API shape of one item', () => {
    fc.assert(
      fc.property(arbBucketParts(), arbEncoding, (parts, encoding) => {
        const item = bucketItem(parts, encoding);
        expect(evaluate(fromApiItem(apiShape(item)))).toEqual(evaluate(item));
      }),
      RUNS,
    );
  });

  it('never throws and never says COMPLIANT for arbitrary JSON as configuration', () => {
    const base = loadFixtureItem('bucket-private.json');
    fc.assert(
      fc.property(fc.anything(), (configuration) => {
        fc.pre(!(isRecord(configuration) && typeof configuration['name'] === 'string'));
        expect(evaluate({ ...base, configuration }).compliance).toBe('NON_COMPLIANT');
      }),
      RUNS,
    );
  });

  it('never throws and never says COMPLIANT for arbitrary JSON as supplementaryConfiguration', () => {
    const base = loadFixtureItem('bucket-private.json');
    fc.assert(
      fc.property(fc.anything(), (supplementary) => {
        fc.pre(!(isRecord(supplementary) && 'AccessControlList' in supplementary));
        const item = { ...base, supplementaryConfiguration: supplementary } as ConfigurationItem;
        expect(evaluate(item).compliance).toBe('NON_COMPLIANT');
      }),
      RUNS,
    );
  });

  it.each(['AccessControlList', 'BucketPolicy'])('never throws and never says COMPLIANT for arbitrary JSON (or its string) as %s', (key) => {
    const base = loadFixtureItem('bucket-private.json');
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, asString) => {
        // The only readable values: an object with a grant list (ACL), or with policyText null (no policy).
        const readable = isRecord(value) && (key === 'BucketPolicy' ? value['policyText'] === null : Array.isArray(value['grantList']) || Array.isArray(value['grantSet']));
        fc.pre(!readable);
        const item = { ...base, supplementaryConfiguration: { ...base.supplementaryConfiguration, [key]: asString ? JSON.stringify(value) : value } };
        expect(evaluate(item).compliance).toBe('NON_COMPLIANT');
      }),
      RUNS,
    );
  });

  it('answers COMPLIANT for a public policy exactly when the account block restricts public buckets', () => {
    const bucket = loadFixtureItem('bucket-policy-public-getobject.json');
    fc.assert(
      fc.property(arbBlock, (block) => {
        expect(evaluate(bucket, accountBlockItem(block)).compliance).toBe(block['restrictPublicBuckets'] ? 'COMPLIANT' : 'NON_COMPLIANT');
      }),
      RUNS,
    );
  });

  it('never throws and never says COMPLIANT for a public policy when the account item holds arbitrary JSON', () => {
    const bucket = loadFixtureItem('bucket-policy-public-getobject.json');
    fc.assert(
      fc.property(fc.anything(), (configuration) => {
        fc.pre(!/restrictpublicbuckets/i.test(JSON.stringify(configuration) ?? ''));
        expect(evaluate(bucket, accountBlockItem(configuration)).compliance).toBe('NON_COMPLIANT');
      }),
      RUNS,
    );
  });

  it('never turns public into not public by widening an aws:SourceIp range (S3\'s /8 and /32 limits)', () => {
    const bucket = (cidrs: readonly string[], other: Record<string, unknown>) =>
      bucketItem({
        grants: [],
        statements: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::prop-bucket/*', Condition: { ...other, IpAddress: { 'aws:SourceIp': cidrs } } }],
        block: undefined,
        ownership: undefined,
      });
    fc.assert(
      fc.property(fc.array(arbCidr, { minLength: 1, maxLength: 4 }), arbOtherCondition, fc.nat(), fc.nat(128), (cidrs, other, at, by) => {
        // Prepare: one range of the list, its prefix shortened (a superset of the addresses).
        const index = at % cidrs.length;
        const widened = cidrs.map((cidr, position) => (position === index ? { ...cidr, prefixLength: Math.max(0, cidr.prefixLength - by) } : cidr));
        // Act
        const before = evaluate(bucket(cidrs.map(cidrText), other)).compliance;
        const after = evaluate(bucket(widened.map(cidrText), other)).compliance;
        // Assess
        if (before === 'NON_COMPLIANT') expect(after).toBe('NON_COMPLIANT');
      }),
      { numRuns: 500 },
    );
  });

  it('never turns public into not public by adding a range to an aws:SourceIp list', () => {
    const bucket = (cidrs: readonly string[]) =>
      bucketItem({
        grants: [],
        statements: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::prop-bucket/*', Condition: { IpAddress: { 'aws:SourceIp': cidrs } } }],
        block: undefined,
        ownership: undefined,
      });
    fc.assert(
      fc.property(fc.array(arbCidr, { minLength: 1, maxLength: 4 }), arbCidr, (cidrs, added) => {
        const before = evaluate(bucket(cidrs.map(cidrText))).compliance;
        const after = evaluate(bucket([...cidrs, added].map(cidrText))).compliance;
        if (before === 'NON_COMPLIANT') expect(after).toBe('NON_COMPLIANT');
      }),
      RUNS,
    );
  });
});
