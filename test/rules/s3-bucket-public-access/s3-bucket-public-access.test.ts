import { type ConfigurationItem, InvalidParameterError, type RawParameters, type Verdict } from '../../../rule-kit';
import { evaluateItem, parseParameters, resolveParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/s3-bucket-public-access';
import { loadFixtureItem, loadFixtureItems, rawNotificationItem } from './fixtures';
import { NO_ACCOUNT_BLOCK } from './item';

// By default the account has no block, and the rule knows it (the Lambda's S3 Control read).
const evaluate = (item: ConfigurationItem, raw: RawParameters = {}, accountBlock: ConfigurationItem | undefined = NO_ACCOUNT_BLOCK): Verdict =>
  evaluateItem(rule, item, resolveParameters(rule, raw), { related: { accountPublicAccessBlock: accountBlock } });

const withSupplementary = (item: ConfigurationItem, changes: Record<string, unknown>): ConfigurationItem => {
  const supplementary: Record<string, unknown> = { ...item.supplementaryConfiguration, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete supplementary[key];
  return { ...item, supplementaryConfiguration: supplementary };
};

const NOTIFICATION_FIXTURES = [
  'bucket-private.json',
  'bucket-acl-allusers-read.json',
  'bucket-acl-authenticated-write.json',
  'bucket-policy-public-getobject.json',
  'bucket-policy-sourcevpce.json',
  'bucket-policy-sourceip-any.json',
  'bucket-acl-public-ignored.json',
  'bucket-owner-enforced-stale-acl.json',
];

describe('s3-bucket-public-access on recorded buckets', () => {
  it('is COMPLIANT for a private bucket (owner and LogDelivery grants, policyText null)', () => {
    expect(evaluate(loadFixtureItem('bucket-private.json'))).toEqual({
      compliance: 'COMPLIANT',
      annotation: 'No public read and write access through the bucket ACL or bucket policy.',
    });
  });

  it('is NON_COMPLIANT for an AllUsers READ grant, naming the grant', () => {
    expect(evaluate(loadFixtureItem('bucket-acl-allusers-read.json'))).toEqual({
      compliance: 'NON_COMPLIANT',
      annotation: 'Public read access through ACL grant to AllUsers (READ).',
    });
  });

  it('is NON_COMPLIANT for an AuthenticatedUsers WRITE grant', () => {
    expect(evaluate(loadFixtureItem('bucket-acl-authenticated-write.json'))).toEqual({
      compliance: 'NON_COMPLIANT',
      annotation: 'Public write access through ACL grant to AuthenticatedUsers (WRITE).',
    });
  });

  it('is NON_COMPLIANT for a Principal "*" GetObject statement, naming its Sid and action', () => {
    const verdict = evaluate(loadFixtureItem('bucket-policy-public-getobject.json'));
    expect(verdict.compliance).toBe('NON_COMPLIANT');
    expect(verdict.annotation).toBe(
      'Public read access through bucket policy statement "PublicReadGetObject" (#1): Principal "*" allows s3:GetObject with no condition limiting it to known callers.',
    );
  });

  it('is COMPLIANT when the public statement is limited by aws:SourceVpce', () => {
    expect(evaluate(loadFixtureItem('bucket-policy-sourcevpce.json')).compliance).toBe('COMPLIANT');
  });

  it('is NON_COMPLIANT when an aws:SourceIp list includes 0.0.0.0/0', () => {
    const verdict = evaluate(loadFixtureItem('bucket-policy-sourceip-any.json'));
    expect(verdict.compliance).toBe('NON_COMPLIANT');
    expect(verdict.annotation).toMatch(/^Public read and write access through bucket policy statement "PartnerAccess" \(#1\): Principal \{"AWS": "\*"\}/);
  });

  it('is COMPLIANT when bucket-level IgnorePublicAcls neutralises a public ACL, and says so', () => {
    expect(evaluate(loadFixtureItem('bucket-acl-public-ignored.json'))).toEqual({
      compliance: 'COMPLIANT',
      annotation: 'No effective public read and write access: ACL grant to AllUsers (READ) is neutralised by IgnorePublicAcls on the bucket.',
    });
  });

  it('is COMPLIANT when Object Ownership BucketOwnerEnforced disables a stale public ACL', () => {
    const verdict = evaluate(loadFixtureItem('bucket-owner-enforced-stale-acl.json'));
    expect(verdict.compliance).toBe('COMPLIANT');
    expect(verdict.annotation).toContain('BucketOwnerEnforced');
  });

  it('honours account-level RestrictPublicBuckets from the related AccountPublicAccessBlock item', () => {
    const [accountBlock, bucket] = loadFixtureItems('account-block-restricts-public-policy.json');
    if (accountBlock === undefined || bucket === undefined) throw new RangeError('fixture must hold two items');
    expect(accountBlock.resourceId).toBe(rule.related?.['accountPublicAccessBlock']?.resourceId(bucket));
    const alone = evaluate(bucket);
    expect(alone.compliance).toBe('NON_COMPLIANT');
    expect(alone.annotation).toContain('"PublicList" (#1)');
    expect(evaluate(bucket, {}, accountBlock)).toEqual({
      compliance: 'COMPLIANT',
      annotation:
        'No effective public read and write access: bucket policy statement "PublicList" (#1) is neutralised by RestrictPublicBuckets on the account.',
    });
    const deletedBlock: ConfigurationItem = { ...accountBlock, configurationItemStatus: 'ResourceDeleted', configuration: null };
    expect(evaluate(bucket, {}, deletedBlock).compliance).toBe('NON_COMPLIANT');
  });

  it('does not let BlockPublicAcls or BlockPublicPolicy neutralise grants already in place', () => {
    const [accountBlock, bucket] = loadFixtureItems('account-block-restricts-public-policy.json');
    if (accountBlock === undefined || bucket === undefined) throw new RangeError('fixture must hold two items');
    const blockOnly = { ...accountBlock, configuration: { blockPublicAcls: true, ignorePublicAcls: false, blockPublicPolicy: true, restrictPublicBuckets: false } };
    expect(evaluate(bucket, {}, blockOnly).compliance).toBe('NON_COMPLIANT');
    const acl = withSupplementary(loadFixtureItem('bucket-acl-allusers-read.json'), {
      PublicAccessBlockConfiguration: { blockPublicAcls: true, ignorePublicAcls: false, blockPublicPolicy: true, restrictPublicBuckets: false },
    });
    expect(evaluate(acl).compliance).toBe('NON_COMPLIANT');
  });

  it('does not let RestrictPublicBuckets neutralise a public ACL, nor IgnorePublicAcls a public policy', () => {
    const acl = withSupplementary(loadFixtureItem('bucket-acl-allusers-read.json'), {
      PublicAccessBlockConfiguration: '{"blockPublicAcls":false,"ignorePublicAcls":false,"blockPublicPolicy":true,"restrictPublicBuckets":true}',
    });
    expect(evaluate(acl).compliance).toBe('NON_COMPLIANT');
    const policy = withSupplementary(loadFixtureItem('bucket-policy-public-getobject.json'), {
      PublicAccessBlockConfiguration: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false },
    });
    expect(evaluate(policy).compliance).toBe('NON_COMPLIANT');
  });

  it('reads the API shape (GetResourceConfigHistory) and names the first public grant', () => {
    const verdict = evaluate(loadFixtureItem('bucket-api-shape-public.json'));
    expect(verdict).toEqual({
      compliance: 'NON_COMPLIANT',
      annotation: 'Public read access through ACL grant to AllUsers (READ) (and 1 more).',
    });
  });

  it.each(NOTIFICATION_FIXTURES)('gives %s the same verdict with supplementary values as recorded (JSON strings) and normalised', (name) => {
    expect(evaluate(rawNotificationItem(name))).toEqual(evaluate(loadFixtureItem(name)));
  });
});

describe('s3-bucket-public-access parameters', () => {
  it('checks read and write by default', () => {
    const params = parseParameters(rule.parameters, {});
    expect(params).toEqual({ checkRead: true, checkWrite: true });
  });

  it('ignores public write with checkWrite=false and public read with checkRead=false', () => {
    expect(evaluate(loadFixtureItem('bucket-acl-authenticated-write.json'), { checkWrite: 'false' })).toEqual({
      compliance: 'COMPLIANT',
      annotation: 'No public read access through the bucket ACL or bucket policy.',
    });
    expect(evaluate(loadFixtureItem('bucket-acl-allusers-read.json'), { checkRead: 'false' }).compliance).toBe('COMPLIANT');
    expect(evaluate(loadFixtureItem('bucket-acl-allusers-read.json'), { checkWrite: 'false' }).compliance).toBe('NON_COMPLIANT');
  });

  it('reports only the checked access kind of a statement that allows both', () => {
    const item = loadFixtureItem('bucket-policy-sourceip-any.json');
    expect(evaluate(item, { checkWrite: 'false' }).annotation).toMatch(/^Public read access through/);
    expect(evaluate(item, { checkRead: 'false' }).annotation).toMatch(/^Public write access through/);
  });

  it('skips a read-only grant when only write is checked, and reports the next exposure', () => {
    const verdict = evaluate(loadFixtureItem('bucket-api-shape-public.json'), { checkRead: 'false' });
    expect(verdict.annotation).toMatch(/^Public write access through bucket policy statement "PublicWrite" \(#1\)/);
  });

  it('rejects a value that is not a boolean, an unknown parameter, and turning both checks off', () => {
    expect(() => parseParameters(rule.parameters, { checkRead: 'yes' })).toThrow(InvalidParameterError);
    expect(() => parseParameters(rule.parameters, { checkPublicRead: 'true' })).toThrow(InvalidParameterError);
    // Up front, before any bucket is evaluated: the kit then sends nothing.
    expect(() => resolveParameters(rule, { checkRead: 'false', checkWrite: 'false' })).toThrow(InvalidParameterError);
  });
});

describe('s3-bucket-public-access applicability and malformed items', () => {
  it('is NOT_APPLICABLE for a deleted bucket and for another resource type', () => {
    expect(evaluate(loadFixtureItem('bucket-deleted.json')).compliance).toBe('NOT_APPLICABLE');
    const [accountBlock] = loadFixtureItems('account-block-restricts-public-policy.json');
    if (accountBlock === undefined) throw new RangeError('fixture must hold the account block');
    expect(evaluate(accountBlock).compliance).toBe('NOT_APPLICABLE');
  });

  it.each([
    ['AccessControlList missing', { AccessControlList: undefined }, /AccessControlList is missing/],
    ['AccessControlList not JSON', { AccessControlList: '{"grantList":[' }, /AccessControlList is a string that is not valid JSON/],
    ['AccessControlList without grants', { AccessControlList: '{"grantSet":null,"grantList":null}' }, /neither grantList nor grantSet/],
    ['an unknown grantee', { AccessControlList: '{"grantList":[{"grantee":"Everyone","permission":"Read"}]}' }, /grantee names no S3 group/],
    ['an unknown permission', { AccessControlList: '{"grantList":[{"grantee":{"id":"abc"},"permission":"Admin"}]}' }, /permission is not an S3 ACL permission/],
    ['BucketPolicy missing', { BucketPolicy: undefined }, /BucketPolicy is missing/],
    ['policyText not JSON', { BucketPolicy: { policyText: '{"Statement": [' } }, /policyText is a string that is not valid JSON/],
    ['a statement without Principal', { BucketPolicy: { policyText: '{"Statement":[{"Effect":"Allow","Action":"s3:GetObject"}]}' } }, /exactly one of Principal and NotPrincipal/],
    ['a bucket PAB that is not boolean', { PublicAccessBlockConfiguration: { ignorePublicAcls: 'true' } }, /ignorePublicAcls is not a boolean/],
  ])('is NON_COMPLIANT "Cannot evaluate" with %s', (_label, changes, reason) => {
    const base = loadFixtureItem('bucket-acl-allusers-read.json');
    const verdict = evaluate(withSupplementary(base, changes));
    expect(verdict.compliance).toBe('NON_COMPLIANT');
    expect(verdict.annotation).toMatch(/^Cannot evaluate: AWS::S3::Bucket acme-public-assets: /);
    expect(verdict.annotation).toMatch(reason);
  });

  it('treats policyText null as no policy, not as malformed', () => {
    const item = withSupplementary(loadFixtureItem('bucket-private.json'), { BucketPolicy: '{"policyText":null}' });
    expect(evaluate(item).compliance).toBe('COMPLIANT');
  });

  it('is NON_COMPLIANT "Cannot evaluate" for a public bucket whose account block cannot be read', () => {
    const [accountBlock, bucket] = loadFixtureItems('account-block-restricts-public-policy.json');
    if (accountBlock === undefined || bucket === undefined) throw new RangeError('fixture must hold two items');
    const verdict = evaluate(bucket, {}, { ...accountBlock, configuration: { restrictPublicBuckets: 'yes' } });
    expect(verdict.compliance).toBe('NON_COMPLIANT');
    expect(verdict.annotation).toMatch(/Cannot evaluate: AWS::S3::AccountPublicAccessBlock 111122223333: configuration.restrictPublicBuckets/);
  });
});

describe('s3-bucket-public-access definition', () => {
  it('declares the account-level block as a related resource keyed by the account id', () => {
    const related = rule.related?.['accountPublicAccessBlock'];
    expect(related?.resourceType).toBe('AWS::S3::AccountPublicAccessBlock');
    expect(related?.resourceId(loadFixtureItem('bucket-private.json'))).toBe('111122223333');
  });
});

describe('s3-bucket-public-access when no account-level block item reached it (the scanner over an input without one)', () => {
  const withoutAccountBlock = (item: ConfigurationItem): Verdict => evaluateItem(rule, item, resolveParameters(rule, {}), { related: {} });

  it('takes the block as off (fail safe) and says it was unknown, early in the annotation', () => {
    expect(withoutAccountBlock(loadFixtureItem('bucket-acl-allusers-read.json'))).toEqual({
      compliance: 'NON_COMPLIANT',
      annotation: 'Public read access (account-level Block Public Access unknown: not recorded, taken as off) through ACL grant to AllUsers (READ).',
    });
  });

  it('keeps the note within the 256 characters Config stores, whatever the statement', () => {
    const verdict = withoutAccountBlock(loadFixtureItem('bucket-policy-sourceip-any.json'));
    expect(verdict.compliance).toBe('NON_COMPLIANT');
    expect(verdict.annotation?.slice(0, 256)).toContain('account-level Block Public Access unknown');
  });

  it('says nothing of it when the bucket itself neutralises everything, or nothing is public', () => {
    expect(withoutAccountBlock(loadFixtureItem('bucket-acl-public-ignored.json')).compliance).toBe('COMPLIANT');
    expect(withoutAccountBlock(loadFixtureItem('bucket-private.json'))).toEqual(evaluate(loadFixtureItem('bucket-private.json')));
  });

  it('says nothing of it when the block is known to be absent (the Lambda read NoSuchPublicAccessBlockConfiguration)', () => {
    expect(evaluate(loadFixtureItem('bucket-acl-allusers-read.json'), {}, NO_ACCOUNT_BLOCK).annotation).toBe('Public read access through ACL grant to AllUsers (READ).');
  });
});
