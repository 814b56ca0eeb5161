import fc from 'fast-check';
import type { ConfigurationItem } from '../../../rule-kit';

/** fast-check generators for bucket items in the recorded shape, built from realistic parts. */

const CANONICAL_ID = '7b4c2e9f1a3d5b6c8e0f2a4c6e8a0c2e4a6c8e0a2c4e6a8c0e2a4c6e8a0c2e4a';

export const arbGrant: fc.Arbitrary<Record<string, unknown>> = fc.record({
  grantee: fc.constantFrom<unknown>(
    'AllUsers',
    'AuthenticatedUsers',
    'LogDelivery',
    { id: CANONICAL_ID, displayName: null },
    { emailAddress: 'ops@example.com' },
    { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' },
    { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers' },
  ),
  permission: fc.constantFrom('Read', 'Write', 'ReadAcp', 'WriteAcp', 'FullControl', 'READ', 'FULL_CONTROL'),
});

const arbPrincipal = fc.constantFrom<unknown>(
  '*',
  { AWS: '*' },
  { AWS: ['*'] },
  { AWS: 'arn:aws:iam::444455556666:root' },
  { AWS: ['444455556666', 'arn:aws:iam::777788889999:role/reader'] },
  { Service: 'cloudfront.amazonaws.com' },
);

const arbAction = fc.oneof(
  fc.constantFrom('s3:GetObject', 's3:ListBucket', 's3:PutObject', 's3:DeleteObject', 's3:*', '*', 's3:Get*', 's3:PutObjectAcl', 'kms:Decrypt'),
  fc.array(fc.constantFrom('s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:AbortMultipartUpload'), { minLength: 1, maxLength: 3 }),
);

const arbCondition = fc.option(
  fc.constantFrom<unknown>(
    { StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d4e5f67890' } },
    { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } },
    { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } },
    { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '0.0.0.0/0'] } },
    { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
    { StringLike: { 'aws:SourceVpce': '*' } },
    { Bool: { 'aws:SecureTransport': 'true' } },
  ),
  { nil: undefined },
);

export const arbStatement: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    sid: fc.option(fc.constantFrom('PublicRead', 'Partners', 'TlsOnly', 'CloudFront'), { nil: undefined }),
    effect: fc.constantFrom('Allow', 'Deny'),
    principal: arbPrincipal,
    action: arbAction,
    condition: arbCondition,
  })
  .map(({ sid, effect, principal, action, condition }) => ({
    ...(sid === undefined ? {} : { Sid: sid }),
    Effect: effect,
    Principal: principal,
    Action: action,
    Resource: 'arn:aws:s3:::prop-bucket/*',
    ...(condition === undefined ? {} : { Condition: condition }),
  }));

export interface BucketParts {
  readonly grants: readonly Record<string, unknown>[];
  /** undefined: no policy (policyText null). */
  readonly statements: readonly Record<string, unknown>[] | undefined;
  readonly block: Record<string, boolean> | undefined;
  readonly ownership: string | undefined;
}

export const arbBlock: fc.Arbitrary<Record<string, boolean>> = fc.record({
  blockPublicAcls: fc.boolean(),
  ignorePublicAcls: fc.boolean(),
  blockPublicPolicy: fc.boolean(),
  restrictPublicBuckets: fc.boolean(),
});

export const arbBucketParts = (withSettings = true): fc.Arbitrary<BucketParts> =>
  fc.record({
    grants: fc.array(arbGrant, { maxLength: 3 }),
    statements: fc.option(fc.array(arbStatement, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    block: withSettings ? fc.option(arbBlock, { nil: undefined }) : fc.constant(undefined),
    ownership: withSettings
      ? fc.option(fc.constantFrom('BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter'), { nil: undefined })
      : fc.constant(undefined),
  });

/** Which supplementary values are recorded as JSON strings rather than objects. */
export interface Encoding {
  readonly acl: boolean;
  readonly policy: boolean;
  readonly block: boolean;
  readonly ownership: boolean;
}

export const arbEncoding: fc.Arbitrary<Encoding> = fc.record({ acl: fc.boolean(), policy: fc.boolean(), block: fc.boolean(), ownership: fc.boolean() });

const AS_RECORDED: Encoding = { acl: true, policy: false, block: true, ownership: false };

const encode = (asString: boolean, value: unknown): unknown => (asString ? JSON.stringify(value) : value);

export function bucketItem(parts: BucketParts, encoding: Encoding = AS_RECORDED): ConfigurationItem {
  const acl = {
    grantSet: null,
    grantList: [{ grantee: { id: CANONICAL_ID, displayName: null }, permission: 'FullControl' }, ...parts.grants],
    owner: { displayName: null, id: CANONICAL_ID },
    isRequesterCharged: false,
  };
  const policyText = parts.statements === undefined ? null : JSON.stringify({ Version: '2012-10-17', Statement: parts.statements });
  const supplementary: Record<string, unknown> = {
    AccessControlList: encode(encoding.acl, acl),
    BucketPolicy: encode(encoding.policy, { policyText }),
    BucketVersioningConfiguration: { status: 'Off', isMfaDeleteEnabled: null },
    IsRequesterPaysEnabled: false,
  };
  if (parts.block !== undefined) supplementary['PublicAccessBlockConfiguration'] = encode(encoding.block, parts.block);
  if (parts.ownership !== undefined) {
    supplementary['BucketOwnershipControls'] = encode(encoding.ownership, { ownershipControls: { rules: [{ ownership: parts.ownership }] } });
  }
  return {
    relatedEvents: [],
    relationships: [],
    configuration: { name: 'prop-bucket', owner: { displayName: null, id: CANONICAL_ID }, creationDate: '2025-09-12T08:03:41.000Z' },
    supplementaryConfiguration: supplementary,
    tags: {},
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-03-04T10:15:22.481Z',
    configurationStateId: '1772619322481',
    awsAccountId: '111122223333',
    configurationItemStatus: 'OK',
    resourceType: 'AWS::S3::Bucket',
    resourceId: 'prop-bucket',
    resourceName: 'prop-bucket',
    ARN: 'arn:aws:s3:::prop-bucket',
    awsRegion: 'eu-west-1',
    availabilityZone: 'Regional',
    configurationStateMd5Hash: '',
    resourceCreationTime: '2025-09-12T08:03:41.000Z',
  };
}

export function accountBlockItem(configuration: unknown): ConfigurationItem {
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-03-01T12:00:03.551Z',
    configurationItemStatus: 'OK',
    awsAccountId: '111122223333',
    awsRegion: 'eu-west-1',
    resourceType: 'AWS::S3::AccountPublicAccessBlock',
    resourceId: '111122223333',
    configuration,
  };
}

/**
 * The item as GetResourceConfigHistory returns it: API field names, epoch-second times, `configuration`
 * and each supplementary value as a JSON string (values Config already holds as strings stay as they are).
 */
export function apiShape(item: ConfigurationItem): Record<string, unknown> {
  const seconds = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso) / 1000);
  return {
    version: item.configurationItemVersion,
    accountId: item.awsAccountId,
    configurationItemCaptureTime: seconds(item.configurationItemCaptureTime),
    configurationItemStatus: item.configurationItemStatus,
    configurationStateId: item.configurationStateId,
    configurationItemMD5Hash: item.configurationStateMd5Hash,
    arn: item.ARN,
    resourceType: item.resourceType,
    resourceId: item.resourceId,
    resourceName: item.resourceName,
    awsRegion: item.awsRegion,
    availabilityZone: item.availabilityZone,
    resourceCreationTime: seconds(item.resourceCreationTime),
    tags: item.tags,
    relatedEvents: item.relatedEvents,
    relationships: [],
    configuration: JSON.stringify(item.configuration),
    supplementaryConfiguration: Object.fromEntries(
      Object.entries(item.supplementaryConfiguration ?? {}).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
    ),
  };
}

/** A CIDR as policies write it, as its parts, so a test can widen it by shortening the prefix. */
export interface CidrParts {
  readonly address: string;
  readonly family: 4 | 6;
  readonly prefixLength: number;
}

export const cidrText = (cidr: CidrParts): string => `${cidr.address}/${cidr.prefixLength}`;

export const arbCidr: fc.Arbitrary<CidrParts> = fc.oneof(
  fc
    .tuple(fc.array(fc.nat(255), { minLength: 4, maxLength: 4 }), fc.integer({ min: 0, max: 32 }))
    .map(([octets, prefixLength]) => ({ address: octets.join('.'), family: 4 as const, prefixLength })),
  fc
    .tuple(fc.array(fc.nat(0xffff), { minLength: 8, maxLength: 8 }), fc.integer({ min: 0, max: 128 }))
    .map(([groups, prefixLength]) => ({ address: groups.map((group) => group.toString(16)).join(':'), family: 6 as const, prefixLength })),
);

/** Other tests a condition may hold beside `IpAddress aws:SourceIp`. */
export const arbOtherCondition: fc.Arbitrary<Record<string, unknown>> = fc.constantFrom(
  {},
  { StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d4e5f67890' } },
  { StringLike: { 'aws:SourceVpc': 'vpc-*' } },
  { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
  { Bool: { 'aws:SecureTransport': 'true' } },
);
