import { MalformedConfigurationItemError } from '../../../rule-kit';
import {
  describeStatement,
  publicStatements,
  readBucketPolicy,
  readStatements,
} from '../../../rules/s3-bucket-public-access/policy-statements';
import { BUCKET } from './item';

const document = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });
const publicOf = (...statements: unknown[]) => publicStatements(BUCKET, readStatements(BUCKET, document(...statements)));
const allow = (principal: unknown, action: unknown = 's3:GetObject', condition?: unknown) => ({
  Effect: 'Allow',
  Principal: principal,
  Action: action,
  Resource: 'arn:aws:s3:::unit-bucket/*',
  ...(condition === undefined ? {} : { Condition: condition }),
});

describe('readBucketPolicy', () => {
  it('reads policyText as Config records it: a JSON string inside an object, or the whole value as a string', () => {
    const policy = document(allow('*'));
    const wrapper = { policyText: JSON.stringify(policy) };
    expect(readBucketPolicy(BUCKET, wrapper)).toEqual(policy);
    expect(readBucketPolicy(BUCKET, JSON.stringify(wrapper))).toEqual(policy);
    expect(readBucketPolicy(BUCKET, { policyText: policy })).toEqual(policy);
  });

  it('is undefined for policyText null (a bucket without a policy)', () => {
    expect(readBucketPolicy(BUCKET, { policyText: null })).toBeUndefined();
    expect(readBucketPolicy(BUCKET, '{"policyText":null}')).toBeUndefined();
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['without policyText', {}],
    ['with policyText not JSON', { policyText: '{"Version"' }],
    ['with policyText a list', { policyText: '[]' }],
    ['a string that is not JSON', 'policy'],
  ])('throws MalformedConfigurationItemError when BucketPolicy is %s', (_label, raw) => {
    expect(() => readBucketPolicy(BUCKET, raw)).toThrow(MalformedConfigurationItemError);
  });
});

describe('readStatements', () => {
  it('accepts one statement object as well as a list', () => {
    expect(readStatements(BUCKET, { Statement: allow('*') })).toHaveLength(1);
  });

  it('reads Sid, Effect, Principal or NotPrincipal, Action or NotAction and Condition', () => {
    const [statement] = readStatements(BUCKET, document({ Sid: 'S1', Effect: 'allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, NotAction: ['s3:GetObject'] }));
    expect(statement).toEqual({
      index: 0,
      sid: 'S1',
      effect: 'Allow',
      principal: { negated: true, value: { AWS: 'arn:aws:iam::111122223333:root' } },
      actions: { negated: true, names: ['s3:GetObject'] },
      condition: undefined,
    });
  });

  it.each([
    ['no Statement', { Version: '2012-10-17' }],
    ['a statement that is not an object', document('allow all')],
    ['an unknown Effect', document({ ...allow('*'), Effect: 'Permit' })],
    ['no Principal', document({ Effect: 'Allow', Action: 's3:GetObject' })],
    ['both Principal and NotPrincipal', document({ ...allow('*'), NotPrincipal: '*' })],
    ['no Action', document({ Effect: 'Allow', Principal: '*' })],
    ['an empty Action list', document(allow('*', []))],
    ['an Action that is not a string', document(allow('*', [7]))],
    ['a Sid that is not a string', document({ ...allow('*'), Sid: 3 })],
  ])('throws MalformedConfigurationItemError for %s', (_label, policy) => {
    expect(() => readStatements(BUCKET, policy)).toThrow(MalformedConfigurationItemError);
  });
});

describe('publicStatements', () => {
  it.each([
    ['"*"', '*', 'Principal "*"'],
    ['{"AWS": "*"}', { AWS: '*' }, 'Principal {"AWS": "*"}'],
    ['{"AWS": ["*"]} among accounts', { AWS: ['arn:aws:iam::444455556666:root', '*'] }, 'Principal {"AWS": "*"}'],
    ['["*"]', ['*'], 'Principal "*"'],
    ['an AWS wildcard ARN', { AWS: 'arn:aws:iam::*:root' }, 'Principal {"AWS": "arn:aws:iam::*:root"}'],
    ['{"CanonicalUser": "*"}', { CanonicalUser: '*' }, 'Principal {"CanonicalUser": "*"}'],
  ])('finds an Allow to %s', (_label, principal, shown) => {
    const [statement, ...rest] = publicOf(allow(principal));
    expect(rest).toEqual([]);
    expect(statement?.principal).toBe(shown);
    expect(statement?.access).toEqual(['read']);
  });

  it('finds an Allow with NotPrincipal, and counts NotAction as read and write', () => {
    const [statement] = publicOf({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, NotAction: 's3:DeleteBucket' });
    expect(statement?.principal).toMatch(/^NotPrincipal/);
    expect(statement?.access).toEqual(['read', 'write']);
  });

  it.each([
    ['named accounts', allow({ AWS: ['arn:aws:iam::444455556666:root', '444455556666'] })],
    ['a service principal', allow({ Service: 'cloudfront.amazonaws.com' }, 's3:GetObject', { StringEquals: { 'AWS:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/E2' } })],
    ['a Deny to everyone', { ...allow('*', 's3:*'), Effect: 'Deny' }],
    ['an Allow limited to an organisation', allow('*', 's3:*', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } })],
    ['an Allow of non-S3 actions', allow('*', 'kms:Decrypt')],
  ])('leaves out %s', (_label, statement) => {
    expect(publicOf(statement)).toEqual([]);
  });

  it('checks the principal of Deny statements too, so a malformed one is not skipped', () => {
    expect(() => publicOf({ Effect: 'Deny', Principal: { AWS: 12 }, Action: 's3:*' })).toThrow(MalformedConfigurationItemError);
    expect(() => publicOf(allow({ AWS: [] }))).toThrow(MalformedConfigurationItemError);
  });

  it('names the statement by Sid and number, and its actions', () => {
    const statements = publicOf(allow({ AWS: '111122223333' }), { ...allow('*', ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:DeleteObject']), Sid: 'Wide' });
    expect(statements.map((statement) => describeStatement(statement))).toEqual([
      'bucket policy statement "Wide" (#2): Principal "*" allows s3:GetObject, s3:PutObject, s3:ListBucket, ... with no condition limiting it to known callers',
    ]);
    expect(describeStatement({ index: 0, access: ['write'], principal: 'Principal "*"', actions: ['s3:GetObject'], actionsNegated: true, condition: { kind: 'unlimited' } })).toBe(
      'bucket policy statement #1: Principal "*" allows every action but s3:GetObject with no condition limiting it to known callers',
    );
  });
});
