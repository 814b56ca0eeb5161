import {
  ACCOUNT_PUBLIC_ACCESS_BLOCK_PERMISSIONS,
  ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
  compliant,
  defineRule,
  InvalidParameterError,
  nonCompliant,
  param,
  readAccountPublicAccessBlockItem,
} from '../../rule-kit';
import { describeAccess, type Access } from './access';
import { bucketExposure } from './bucket-exposure';

/**
 * Said when no account-level block item reached the rule (the offline scanner over an input without one;
 * the Lambda reads the block live instead): the verdict takes the block as off, fail safe.
 */
export const ACCOUNT_BLOCK_UNKNOWN = 'account-level Block Public Access unknown: not recorded, taken as off';

/**
 * Public S3 buckets through the bucket ACL or the bucket policy, as S3 honours them after Block Public
 * Access (bucket and account level) and Object Ownership.
 */
export const rule = defineRule({
  id: 's3-bucket-public-access',
  description:
    'Checks that S3 buckets grant no public read or write access through the bucket ACL or bucket policy, taking bucket and account Block Public Access and Object Ownership into account.',
  severity: 'CRITICAL',
  resourceTypes: ['AWS::S3::Bucket'],
  triggers: ['change'],
  parameters: {
    checkRead: param.boolean({ description: 'Report public read access (objects, listings, ACLs, configuration).', default: true }),
    checkWrite: param.boolean({ description: 'Report public write access (put, delete, ACL changes).', default: true }),
  },
  related: {
    accountPublicAccessBlock: {
      resourceType: ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
      resourceId: (item) => item.awsAccountId,
      // Recorders set to "record only these types" often leave this type out: without the live read,
      // every bucket the account block neutralises would be reported public.
      liveFallback: { permissions: ACCOUNT_PUBLIC_ACCESS_BLOCK_PERMISSIONS, read: (context) => readAccountPublicAccessBlockItem(context) },
    },
  },
  permissions: [...ACCOUNT_PUBLIC_ACCESS_BLOCK_PERMISSIONS],
  checkParameters(params) {
    if (!params.checkRead && !params.checkWrite) {
      throw new InvalidParameterError('checkRead', params.checkRead, 'checkRead and checkWrite are both false, so the rule would check nothing');
    }
  },
  evaluate(item, params, context) {
    const checks: Access[] = [...(params.checkRead ? (['read'] as const) : []), ...(params.checkWrite ? (['write'] as const) : [])];
    const accountBlock = context.related['accountPublicAccessBlock'];
    const { exposures, neutralised } = bucketExposure(item, checks, accountBlock);
    const [first] = exposures;
    if (first !== undefined) {
      const more = exposures.length > 1 ? ` (and ${exposures.length - 1} more)` : '';
      // Early in the text, so the kit's 256-character cut never drops it. Something public means the
      // account-level block was consulted.
      const unknown = accountBlock === undefined ? ` (${ACCOUNT_BLOCK_UNKNOWN})` : '';
      return nonCompliant(`Public ${describeAccess(first.access)} access${unknown} through ${first.description}${more}.`);
    }
    const scope = describeAccess(checks);
    return neutralised.length === 0
      ? compliant(`No public ${scope} access through the bucket ACL or bucket policy.`)
      : compliant(`No effective public ${scope} access: ${neutralised.join('; ')}.`);
  },
});
