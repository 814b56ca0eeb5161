import { type ConfigurationItem, isRecord, jsonField, MalformedConfigurationItemError } from '../../rule-kit';
import { fieldIgnoringCase } from './field-ignoring-case';

/**
 * S3 Block Public Access. Only two settings change what is public *now*: `ignorePublicAcls` makes S3
 * ignore public ACLs, and `restrictPublicBuckets` confines a bucket with a public policy to AWS service
 * principals and the bucket owner's account. `blockPublicAcls` and `blockPublicPolicy` only reject new
 * public ACLs and policies ("Enabling this setting doesn't affect existing policies or ACLs"), so they
 * neutralise nothing already in place; they are read only to be reported.
 */
export interface PublicAccessBlock {
  readonly blockPublicAcls: boolean;
  readonly ignorePublicAcls: boolean;
  readonly blockPublicPolicy: boolean;
  readonly restrictPublicBuckets: boolean;
}

export const NO_PUBLIC_ACCESS_BLOCK: PublicAccessBlock = {
  blockPublicAcls: false,
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
};

type Setting = keyof PublicAccessBlock;

export const BUCKET_BLOCK_FIELD = 'supplementaryConfiguration.PublicAccessBlockConfiguration';

/**
 * Reads a block recorded as an object or a JSON string, with Config's (`ignorePublicAcls`) or the
 * API's (`IgnorePublicAcls`) spelling. Absent means no block. A setting that is absent or null is off;
 * one that is neither a boolean nor absent is malformed.
 */
export function readPublicAccessBlock(item: ConfigurationItem, raw: unknown, field: string): PublicAccessBlock {
  if (raw === undefined || raw === null) return NO_PUBLIC_ACCESS_BLOCK;
  const block = jsonField(item, raw, field);
  if (block === null) return NO_PUBLIC_ACCESS_BLOCK;
  if (!isRecord(block)) throw new MalformedConfigurationItemError(field, item.resourceType, item.resourceId, 'is not an object', block);
  const read = (name: Setting): boolean => {
    const value = fieldIgnoringCase(block, name);
    if (value === undefined || value === null) return false;
    if (typeof value === 'boolean') return value;
    throw new MalformedConfigurationItemError(`${field}.${name}`, item.resourceType, item.resourceId, 'is not a boolean', value);
  };
  return {
    blockPublicAcls: read('blockPublicAcls'),
    ignorePublicAcls: read('ignorePublicAcls'),
    blockPublicPolicy: read('blockPublicPolicy'),
    restrictPublicBuckets: read('restrictPublicBuckets'),
  };
}

/**
 * The account-level block from its own configuration item (`AWS::S3::AccountPublicAccessBlock`, id the
 * account id). No item, or one for a deleted block, means no account-level block.
 */
export function readAccountPublicAccessBlock(related: ConfigurationItem | undefined): PublicAccessBlock {
  if (related === undefined) return NO_PUBLIC_ACCESS_BLOCK;
  if (related.configurationItemStatus !== 'OK' && related.configurationItemStatus !== 'ResourceDiscovered') {
    return NO_PUBLIC_ACCESS_BLOCK;
  }
  if (related.configuration === null || related.configuration === undefined) {
    throw new MalformedConfigurationItemError('configuration', related.resourceType, related.resourceId, 'is missing', related.configuration);
  }
  return readPublicAccessBlock(related, related.configuration, 'configuration');
}
