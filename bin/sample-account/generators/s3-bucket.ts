import type { SeededRandom } from './random';
import { envelope, type AccountContext, type RawItem } from './envelope';

/**
 * AWS::S3::Bucket and AWS::S3::AccountPublicAccessBlock as Config records them: bucket configuration
 * {name, owner, creationDate}; supplementaryConfiguration AccessControlList and BucketPolicy.policyText
 * as JSON strings (Java SDK names grantList/grantee/permission), PublicAccessBlockConfiguration as an
 * object (awslabs/aws-config-resource-schema AWS::S3::Bucket.properties.json; the shapes of the
 * s3-bucket-public-access fixtures).
 */
const OWNER = { displayName: null, id: '7b4c2e9f1a3d5b6c8e0f2a4c6e8a0c2e4a6c8e0a2c4e6a8c0e2a4c6e8a0c2e4a' };

function acl(extraGrants: readonly unknown[]): string {
  return JSON.stringify({
    grantSet: null,
    grantList: [{ grantee: { id: OWNER.id, displayName: null }, permission: 'FullControl' }, ...extraGrants],
    owner: OWNER,
    isRequesterCharged: false,
  });
}

function policy(statements: readonly unknown[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

type Exposure = 'private' | 'acl-read' | 'acl-auth-write' | 'policy-public' | 'policy-vpce' | 'acl-public-but-blocked';

function exposureOf(random: SeededRandom): Exposure {
  const roll = random.next();
  if (roll < 0.05) return 'acl-read';
  if (roll < 0.07) return 'acl-auth-write';
  if (roll < 0.11) return 'policy-public';
  if (roll < 0.2) return 'policy-vpce';
  if (roll < 0.25) return 'acl-public-but-blocked';
  return 'private';
}

export function s3BucketItem(random: SeededRandom, account: AccountContext, index: number, deleted = false): RawItem {
  const name = `acme-${random.pick(['logs', 'assets', 'backups', 'exports', 'uploads', 'reports'])}-${account.region}-${index}`;
  const arn = `arn:aws:s3:::${name}`;
  const exposure = exposureOf(random);
  const grants =
    exposure === 'acl-read' || exposure === 'acl-public-but-blocked'
      ? [{ grantee: 'AllUsers', permission: 'Read' }]
      : exposure === 'acl-auth-write'
        ? [{ grantee: 'AuthenticatedUsers', permission: 'Write' }]
        : [];
  const statements =
    exposure === 'policy-public'
      ? [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${arn}/*` }]
      : exposure === 'policy-vpce'
        ? [
            {
              Sid: 'FromVpcEndpointOnly',
              Effect: 'Allow',
              Principal: '*',
              Action: ['s3:GetObject', 's3:PutObject'],
              Resource: `${arn}/*`,
              Condition: { StringEquals: { 'aws:SourceVpce': `vpce-${index.toString(16).padStart(17, '0')}` } },
            },
          ]
        : undefined;
  const created = `2025-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}T08:03:41.000Z`;
  const blocked = exposure === 'acl-public-but-blocked';
  return envelope(account, {
    resourceType: 'AWS::S3::Bucket',
    resourceId: name,
    resourceName: name,
    arn,
    availabilityZone: 'Regional',
    resourceCreationTime: created,
    status: deleted ? 'ResourceDeleted' : 'OK',
    tags: { owner: random.pick(['data', 'web', 'platform']) },
    configuration: { name, owner: OWNER, creationDate: created },
    supplementaryConfiguration: {
      AccessControlList: acl(grants),
      BucketAccelerateConfiguration: { status: null },
      BucketLoggingConfiguration: { destinationBucketName: null, logFilePrefix: null },
      BucketNotificationConfiguration: { configurations: {} },
      BucketPolicy: { policyText: statements === undefined ? null : policy(statements) },
      BucketVersioningConfiguration: { status: random.chance(0.5) ? 'Enabled' : 'Off', isMfaDeleteEnabled: null },
      IsRequesterPaysEnabled: false,
      ...(blocked
        ? { PublicAccessBlockConfiguration: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true } }
        : {}),
      ServerSideEncryptionConfiguration: {
        rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256', kmsMasterKeyID: null }, bucketKeyEnabled: false }],
      },
    },
  });
}

/** The account-level block (resource id = account id). Off here, so bucket-level exposure shows. */
export function accountPublicAccessBlockItem(account: AccountContext, settings: { blockPublicAcls: boolean; ignorePublicAcls: boolean; blockPublicPolicy: boolean; restrictPublicBuckets: boolean }): RawItem {
  return envelope(account, {
    resourceType: 'AWS::S3::AccountPublicAccessBlock',
    resourceId: account.accountId,
    resourceName: account.accountId,
    configuration: settings,
  });
}
