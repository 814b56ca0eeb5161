import { actionAccess, actionsAccess } from '../../../rules/s3-bucket-public-access/policy-actions';

describe('actionAccess', () => {
  it.each([
    ['s3:GetObject', ['read']],
    ['s3:getobjectversion', ['read']],
    ['s3:ListBucket', ['read']],
    ['s3:Get*', ['read']],
    ['s3:List*', ['read']],
    ['s3:GetObject*', ['read']],
    ['s3:PutObject', ['write']],
    ['s3:Put*', ['write']],
    ['s3:DeleteObject', ['write']],
    ['s3:Delete*', ['write']],
    ['s3:AbortMultipartUpload', ['write']],
    ['s3:RestoreObject', ['write']],
    ['s3:PutBucketAcl', ['write']],
    ['s3:*', ['read', 'write']],
    ['*', ['read', 'write']],
    ['S3:*', ['read', 'write']],
    ['s3:*Object', ['read', 'write']],
    ['s3:G*', ['read', 'write']],
    ['s3:?etObject', ['read', 'write']],
    ['s*:GetObject', ['read']],
    ['GetObject', ['read', 'write']],
    ['kms:Decrypt', []],
    ['iam:*', []],
    // The service part is a case-insensitive glob; without wildcards it must be s3 exactly.
    ['S3:GetObject', ['read']],
    ['?3:PutObject', ['write']],
    ['s.:GetObject', []],
    ['s3x:GetObject', []],
    ['xs3:GetObject', []],
    ['s3 :GetObject', []],
  ])('classifies %s as %j', (action, expected) => {
    expect(actionAccess(action)).toEqual(expected);
  });
});

describe('actionsAccess', () => {
  it('unites the access of several actions, in read-write order', () => {
    expect(actionsAccess(['s3:PutObject', 's3:GetObject'])).toEqual(['read', 'write']);
    expect(actionsAccess(['kms:Decrypt', 's3:ListBucket'])).toEqual(['read']);
    expect(actionsAccess(['kms:Decrypt'])).toEqual([]);
  });
});
