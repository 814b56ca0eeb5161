import { type ConfigurationItem, configurationOf, type JsonRecord, MalformedConfigurationItemError, requireString } from '../../rule-kit';
import type { Access } from './access';
import { describeGrant, publicGrants, readAclGrants } from './acl-grants';
import { fieldIgnoringCase } from './field-ignoring-case';
import { readObjectOwnership } from './object-ownership';
import { describeStatement, publicStatements, readBucketPolicy, readStatements, statementName } from './policy-statements';
import { BUCKET_BLOCK_FIELD, readAccountPublicAccessBlock, readPublicAccessBlock } from './public-access-block';

/** One way the public can reach the bucket, limited to the access kinds the rule checks. */
export interface Exposure {
  readonly via: 'acl' | 'policy';
  readonly access: readonly Access[];
  /** The grant or statement, short: `ACL grant to AllUsers (READ)`. */
  readonly name: string;
  readonly description: string;
}

export interface BucketExposure {
  /** Public grants and statements nothing neutralises, ACL grants first. */
  readonly exposures: readonly Exposure[];
  /** Public grants or statements S3 does not honour, and the setting that neutralises them. */
  readonly neutralised: readonly string[];
}

function supplementaryOf(item: ConfigurationItem): JsonRecord {
  const supplementary = item.supplementaryConfiguration;
  if (supplementary === undefined || supplementary === null || typeof supplementary !== 'object' || Array.isArray(supplementary)) {
    throw new MalformedConfigurationItemError('supplementaryConfiguration', item.resourceType, item.resourceId, 'is not an object', supplementary);
  }
  return supplementary;
}

function checked(access: readonly Access[], checks: readonly Access[]): readonly Access[] {
  return access.filter((kind) => checks.includes(kind));
}

/**
 * Everything that makes the bucket public for the checked access kinds, after Block Public Access (bucket
 * and account) and Object Ownership. The ACL and the policy are always read in full, so a malformed one
 * fails safe even when a setting would neutralise it; the neutralising settings are read only when there
 * is something public for them to neutralise. `accountBlockItem` is the account-level block (a related
 * resource), undefined when Config has none.
 */
export function bucketExposure(
  item: ConfigurationItem,
  checks: readonly Access[],
  accountBlockItem: ConfigurationItem | undefined,
): BucketExposure {
  requireString(item, configurationOf(item)['name'], 'configuration.name');
  const supplementary = supplementaryOf(item);
  const grants = publicGrants(readAclGrants(item, fieldIgnoringCase(supplementary, 'AccessControlList')))
    .map((grant) => ({ via: 'acl' as const, access: checked(grant.access, checks), name: describeGrant(grant), description: describeGrant(grant) }))
    .filter((exposure) => exposure.access.length > 0);
  const policy = readBucketPolicy(item, fieldIgnoringCase(supplementary, 'BucketPolicy'));
  const statements = (policy === undefined ? [] : publicStatements(item, readStatements(item, policy)))
    .map((statement) => ({ via: 'policy' as const, access: checked(statement.access, checks), name: statementName(statement), description: describeStatement(statement) }))
    .filter((exposure) => exposure.access.length > 0);
  if (grants.length === 0 && statements.length === 0) return { exposures: [], neutralised: [] };

  const bucketBlock = readPublicAccessBlock(item, fieldIgnoringCase(supplementary, 'PublicAccessBlockConfiguration'), BUCKET_BLOCK_FIELD);
  const accountBlock = readAccountPublicAccessBlock(accountBlockItem);
  const neutralised: string[] = [];
  let exposures: Exposure[] = [];

  if (grants.length > 0) {
    const aclNeutraliser = bucketBlock.ignorePublicAcls
      ? 'IgnorePublicAcls on the bucket'
      : accountBlock.ignorePublicAcls
        ? 'IgnorePublicAcls on the account'
        : readObjectOwnership(item, fieldIgnoringCase(supplementary, 'BucketOwnershipControls')) === 'BucketOwnerEnforced'
          ? 'Object Ownership BucketOwnerEnforced (ACLs disabled)'
          : undefined;
    if (aclNeutraliser === undefined) exposures = [...grants];
    else neutralised.push(...grants.map((grant) => `${grant.name} is neutralised by ${aclNeutraliser}`));
  }
  if (statements.length > 0) {
    const policyNeutraliser = bucketBlock.restrictPublicBuckets
      ? 'RestrictPublicBuckets on the bucket'
      : accountBlock.restrictPublicBuckets
        ? 'RestrictPublicBuckets on the account'
        : undefined;
    if (policyNeutraliser === undefined) exposures = [...exposures, ...statements];
    else neutralised.push(...statements.map((statement) => `${statement.name} is neutralised by ${policyNeutraliser}`));
  }
  return { exposures, neutralised };
}
