import { compliant, defineRule, InvalidParameterError, nonCompliant, param } from '../../rule-kit';
import { describeAccess, type Access } from './access';
import { bucketExposure } from './bucket-exposure';

/**
 * Public S3 buckets through the bucket ACL or the bucket policy, as S3 honours them after Block Public
 * Access (bucket and account level) and Object Ownership.
 */
export const rule = defineRule({
  id: 's3-bucket-public-access',
  description:
    'Checks that S3 buckets grant no public read or write access through the bucket ACL or bucket policy, taking bucket and account Block Public Access and Object Ownership into account.',
  resourceTypes: ['AWS::S3::Bucket'],
  triggers: ['change'],
  parameters: {
    checkRead: param.boolean({ description: 'Report public read access (objects, listings, ACLs, configuration).', default: true }),
    checkWrite: param.boolean({ description: 'Report public write access (put, delete, ACL changes).', default: true }),
  },
  related: {
    accountPublicAccessBlock: {
      resourceType: 'AWS::S3::AccountPublicAccessBlock',
      resourceId: (item) => item.awsAccountId,
    },
  },
  permissions: [],
  checkParameters(params) {
    if (!params.checkRead && !params.checkWrite) {
      throw new InvalidParameterError('checkRead', params.checkRead, 'checkRead and checkWrite are both false, so the rule would check nothing');
    }
  },
  evaluate(item, params, context) {
    const checks: Access[] = [...(params.checkRead ? (['read'] as const) : []), ...(params.checkWrite ? (['write'] as const) : [])];
    const { exposures, neutralised } = bucketExposure(item, checks, context.related['accountPublicAccessBlock']);
    const [first] = exposures;
    if (first !== undefined) {
      const more = exposures.length > 1 ? ` (and ${exposures.length - 1} more)` : '';
      return nonCompliant(`Public ${describeAccess(first.access)} access through ${first.description}${more}.`);
    }
    const scope = describeAccess(checks);
    return neutralised.length === 0
      ? compliant(`No public ${scope} access through the bucket ACL or bucket policy.`)
      : compliant(`No effective public ${scope} access: ${neutralised.join('; ')}.`);
  },
});
