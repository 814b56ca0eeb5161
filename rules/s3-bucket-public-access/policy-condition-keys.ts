/**
 * The condition keys the S3 User Guide ("The meaning of 'public'") lists as making a bucket policy
 * non-public when they are compared with fixed values, "values that don't contain a wildcard or an AWS
 * Identity and Access Management Policy Variable". `aws:SourceIp` has its own limits (policy-source-ip.ts).
 * Keys are lower-cased: IAM matches condition keys case-insensitively.
 */

/** A wildcard or a policy variable: the value is not fixed. */
const NOT_FIXED = /[*?]|\$\{/;

export function isFixedValue(value: string): boolean {
  return value !== '' && !NOT_FIXED.test(value);
}

/**
 * "s3:DataAccessPointArn ... can contain a wildcard for the access point name without rendering the policy
 * public, as long as the account id is fixed": everything up to `accesspoint/` fixed, the account twelve
 * digits.
 */
const ACCESS_POINT_ARN_PREFIX = /^arn:[a-z-]+:s3:[a-z0-9-]+:\d{12}:accesspoint\//;

function isDelegatedAccessPointArn(value: string): boolean {
  return isFixedValue(value) || ACCESS_POINT_ARN_PREFIX.test(value);
}

/** Each listed key, with what a value must be to pin the caller. */
export const FIXED_VALUE_KEYS: ReadonlyMap<string, (value: string) => boolean> = new Map([
  // "An AWS principal, user, role, or service principal (e.g. aws:PrincipalOrgID)".
  ['aws:principalorgid', isFixedValue],
  ['aws:principalaccount', isFixedValue],
  ['aws:principalarn', isFixedValue],
  ['aws:sourcearn', isFixedValue],
  ['aws:sourcevpc', isFixedValue],
  ['aws:sourcevpce', isFixedValue],
  ['aws:sourceowner', isFixedValue],
  ['aws:sourceaccount', isFixedValue],
  ['s3:x-amz-server-side-encryption-aws-kms-key-id', isFixedValue],
  // "aws:userid, outside the pattern AROLEID:*": a role's `AROA...:*` holds a wildcard, so it is not fixed.
  ['aws:userid', isFixedValue],
  ['s3:dataaccesspointarn', isDelegatedAccessPointArn],
  ['s3:dataaccesspointaccount', isFixedValue],
]);
