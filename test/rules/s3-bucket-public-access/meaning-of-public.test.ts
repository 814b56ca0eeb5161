import type { Verdict } from '../../../rule-kit';
import { evaluateItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/s3-bucket-public-access';
import { bucketItem } from './arbitraries';
import { NO_ACCOUNT_BLOCK } from './item';

/**
 * One row per rule of the S3 User Guide, "Blocking public access to your Amazon S3 storage", section "The
 * meaning of 'public'" (awsdocs/amazon-s3-userguide, doc_source/access-control-block-public-access.md),
 * each quoting the guide's words it checks. `public` is the verdict S3 gives the bucket policy.
 */
interface GuideRow {
  readonly guide: string;
  readonly statement: Record<string, unknown>;
  readonly public: boolean;
}

const DEFAULTS = parseParameters(rule.parameters, {});

const statement = (principal: unknown, condition?: unknown, action: unknown = 's3:PutObject'): Record<string, unknown> => ({
  Principal: principal,
  Resource: '*',
  Action: action,
  Effect: 'Allow',
  ...(condition === undefined ? {} : { Condition: condition }),
});
const anyone = (condition?: unknown) => statement('*', condition);
const sourceIp = (...cidrs: string[]) => anyone({ IpAddress: { 'aws:SourceIp': cidrs } });
const fixedKey = (key: string, value: unknown, operator = 'StringEquals') => anyone({ [operator]: { [key]: value } });

const ROWS: readonly GuideRow[] = [
  { guide: 'begins by assuming that the policy is public', statement: anyone(), public: true },
  { guide: 'example public policy: "Principal": { "Federated": "graph.facebook.com" } ... "s3:PutObject"', statement: statement({ Federated: 'graph.facebook.com' }), public: true },
  { guide: 'example public policy: "StringLike": {"aws:SourceVpc": "vpc-*"}', statement: fixedKey('aws:SourceVpc', 'vpc-*', 'StringLike'), public: true },
  { guide: 'make the last policy ... non-public by setting aws:SourceVpc to a fixed value', statement: fixedKey('aws:SourceVpc', 'vpc-91237329'), public: false },
  { guide: 'fixed values (values that don\'t contain a wildcard or an ... Policy Variable)', statement: fixedKey('aws:SourceAccount', '${aws:PrincipalAccount}'), public: true },
  { guide: 'An AWS principal, user, role', statement: statement({ AWS: 'arn:aws:iam::444455556666:role/reader' }), public: false },
  { guide: 'An AWS principal ... (fixed: values that don\'t contain a wildcard)', statement: statement({ AWS: 'arn:aws:iam::*:root' }), public: true },
  { guide: 'or service principal', statement: statement({ Service: 'cloudtrail.amazonaws.com' }), public: false },
  { guide: '(e.g. aws:PrincipalOrgID)', statement: fixedKey('aws:PrincipalOrgID', 'o-abc123def4'), public: false },
  { guide: 'A set of Classless Inter-Domain Routings (CIDRs), using aws:SourceIp', statement: sourceIp('203.0.113.0/24', '198.51.100.7'), public: false },
  { guide: 'very broad IP ranges (for example, 0.0.0.0/1) are evaluated as "public"', statement: sourceIp('0.0.0.0/1'), public: true },
  { guide: 'values broader than /8 for IPv4', statement: sourceIp('52.0.0.0/7'), public: true },
  { guide: 'values broader than /8 for IPv4 (a /8 itself is not broader)', statement: sourceIp('52.0.0.0/8'), public: false },
  { guide: 'and /32 for IPv6', statement: sourceIp('2001:db8::/31'), public: true },
  { guide: 'and /32 for IPv6 (a /32 itself is not broader)', statement: sourceIp('2001:db8::/32'), public: false },
  { guide: '(excluding RFC1918 private ranges): 10.0.0.0/8', statement: sourceIp('10.0.0.0/8'), public: false },
  { guide: '(excluding RFC1918 private ranges): 172.16.0.0/12 and 192.168.0.0/16', statement: sourceIp('172.16.0.0/12', '192.168.0.0/16'), public: false },
  { guide: '(excluding RFC1918 private ranges): a range broader than /8 holding one also holds public addresses', statement: sourceIp('10.0.0.0/7'), public: true },
  { guide: 'grant access only to fixed values: one broad range among narrow ones', statement: sourceIp('203.0.113.0/24', '0.0.0.0/1'), public: true },
  {
    guide: 'policies ... conditioned on the aws:SourceIp condition key with very broad IP ranges ... are evaluated as "public" (whatever else is listed)',
    statement: anyone({ IpAddress: { 'aws:SourceIp': '0.0.0.0/1' }, StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d4e5f67890' } }),
    public: true,
  },
  { guide: 'must grant access only to ... aws:SourceIp: NotIpAddress grants everyone else', statement: anyone({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }), public: true },
  { guide: 'fixed values ... aws:SourceVpce, under ForAnyValue: (a match is needed)', statement: fixedKey('aws:SourceVpce', ['vpce-1a2b3c4d', 'vpce-5e6f7a8b'], 'ForAnyValue:StringEquals'), public: false },
  { guide: 'grant access only to fixed values: ForAllValues: is true for a request without the key', statement: fixedKey('aws:SourceVpce', 'vpce-1a2b3c4d', 'ForAllValues:StringEquals'), public: true },
  { guide: 'grant access only to fixed values: ...IfExists admits requests without the key', statement: fixedKey('aws:SourceVpce', 'vpce-1a2b3c4d', 'StringEqualsIfExists'), public: true },
  { guide: 'aws:SourceArn', statement: fixedKey('aws:SourceArn', 'arn:aws:cloudfront::111122223333:distribution/E2ABCDEF', 'ArnEquals'), public: false },
  { guide: 'aws:SourceVpce', statement: fixedKey('aws:SourceVpce', 'vpce-0a1b2c3d4e5f67890'), public: false },
  { guide: 'aws:SourceOwner', statement: fixedKey('aws:SourceOwner', '111122223333'), public: false },
  { guide: 'aws:SourceAccount', statement: fixedKey('aws:SourceAccount', '111122223333'), public: false },
  {
    guide: 's3:x-amz-server-side-encryption-aws-kms-key-id',
    statement: fixedKey('s3:x-amz-server-side-encryption-aws-kms-key-id', 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'),
    public: false,
  },
  { guide: 'aws:userid, outside the pattern "AROLEID:*" (a fixed user id)', statement: fixedKey('aws:userid', 'AIDAJQABLZS4A3QDU576Q'), public: false },
  { guide: 'aws:userid, outside the pattern "AROLEID:*" (the pattern itself)', statement: fixedKey('aws:userid', 'AROADBQP57FF2AEXAMPLE:*', 'StringLike'), public: true },
  {
    guide: 's3:DataAccessPointArn ... can contain a wildcard for the access point name ... as long as the account id is fixed',
    statement: fixedKey('s3:DataAccessPointArn', 'arn:aws:s3:us-west-2:123456789012:accesspoint/*', 'ArnLike'),
    public: false,
  },
  { guide: 's3:DataAccessPointArn ... as long as the account id is fixed (it is not)', statement: fixedKey('s3:DataAccessPointArn', 'arn:aws:s3:us-west-2:*:accesspoint/*', 'ArnLike'), public: true },
  { guide: 's3:DataAccessPointAccount', statement: fixedKey('s3:DataAccessPointAccount', '123456789012'), public: false },
];

const evaluate = (statements: readonly Record<string, unknown>[]): Verdict =>
  evaluateItem(rule, bucketItem({ grants: [], statements, block: undefined, ownership: undefined }), DEFAULTS, { related: { accountPublicAccessBlock: NO_ACCOUNT_BLOCK } });

describe('s3-bucket-public-access follows the S3 User Guide, "The meaning of \'public\'"', () => {
  it.each(ROWS.map((row) => [row.guide, row] as const))('%s', (_guide, row) => {
    // Act
    const verdict = evaluate([row.statement]);
    // Assess
    expect(verdict.compliance).toBe(row.public ? 'NON_COMPLIANT' : 'COMPLIANT');
  });

  it('reads a policy with a fixed service principal, a fixed account and a public statement as public (the guide\'s mixed example)', () => {
    const verdict = evaluate([statement({ Service: 'cloudtrail.amazonaws.com' }), statement({ AWS: '444455556666' }), anyone()]);
    expect(verdict).toEqual({
      compliance: 'NON_COMPLIANT',
      annotation: 'Public write access through bucket policy statement #3: Principal "*" allows s3:PutObject with no condition limiting it to known callers.',
    });
  });

  it('names the broad range and the limit in the annotation', () => {
    expect(evaluate([sourceIp('203.0.113.0/24', '0.0.0.0/1')]).annotation).toBe(
      'Public write access through bucket policy statement #1: Principal "*" allows s3:PutObject from aws:SourceIp 0.0.0.0/1, broader than the /8 S3 treats as non-public.',
    );
  });
});
