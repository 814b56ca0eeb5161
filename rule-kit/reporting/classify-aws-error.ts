/**
 * What an error from an AWS SDK v3 call means for a retry policy. The SDK's errors carry the service's
 * error code as `name`, `$fault` ('client' | 'server') and `$metadata.httpStatusCode`; network failures
 * are plain Node errors with a `code`.
 */
export type AwsErrorKind = 'throttling' | 'server' | 'transient' | 'access-denied' | 'other';

const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'ProvisionedThroughputExceededException',
  'SlowDown',
]);

const ACCESS_DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation', 'AuthorizationError']);

/** 403s that are not a missing permission: bad or expired credentials, a region switched off. */
const FORBIDDEN_NOT_PERMISSION = new Set([
  'ExpiredToken',
  'ExpiredTokenException',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'RegionDisabledException',
  'OptInRequired',
]);

const TRANSIENT = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
]);

interface AwsErrorShape {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly $fault?: unknown;
  readonly $metadata?: { readonly httpStatusCode?: unknown };
  readonly $retryable?: { readonly throttling?: unknown };
}

/** The HTTP status of an SDK error, when the service answered. */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as AwsErrorShape).$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}

export function classifyAwsError(error: unknown): AwsErrorKind {
  if (typeof error !== 'object' || error === null) return 'other';
  const shape = error as AwsErrorShape;
  const name = typeof shape.name === 'string' ? shape.name : '';
  const code = typeof shape.code === 'string' ? shape.code : '';
  const status = httpStatusOf(error);
  if (ACCESS_DENIED.has(name) || ACCESS_DENIED.has(code)) return 'access-denied';
  if (THROTTLING.has(name) || THROTTLING.has(code) || status === 429 || shape.$retryable?.throttling === true) {
    return 'throttling';
  }
  if ((status !== undefined && status >= 500) || shape.$fault === 'server') return 'server';
  if (status === 403 && !FORBIDDEN_NOT_PERMISSION.has(name)) return 'access-denied';
  if (TRANSIENT.has(name) || TRANSIENT.has(code) || (shape.$retryable !== undefined && status === undefined)) {
    return 'transient';
  }
  return 'other';
}

export function isRetryable(kind: AwsErrorKind): boolean {
  return kind === 'throttling' || kind === 'server' || kind === 'transient';
}
