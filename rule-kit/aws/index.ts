export {
  ASSUMED_SESSION_SECONDS,
  AssumeRoleFailedError,
  CredentialCache,
  KIT_PARAMETER_NAMES,
  REFRESH_MARGIN_MS,
  credentialCacheKey,
  executionRoleToAssume,
  resolveCredentials,
  roleSessionName,
  stripKitParameters,
} from './credentials';
export type { KitParameters, ResolveCredentialsOptions } from './credentials';
export { arn, parseArn, partitionOf } from './partition';
export type { ParsedArn, Partition } from './partition';
export { listRecordedItems } from './recorded-items';
export { RelatedResourceUnreadableError } from './related-resource-unreadable-error';
