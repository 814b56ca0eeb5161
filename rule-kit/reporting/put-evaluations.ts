import {
  PutEvaluationsCommand,
  type ConfigServiceClient,
  type Evaluation,
  type PutEvaluationsCommandOutput,
} from '@aws-sdk/client-config-service';
import type { ResourceKey } from '../configuration-item';
import { InvalidEventError } from '../errors';
import { REDACTED, errorCodeOf, silentLogger, type Logger } from '../logging';
import { backoffDelay, resolveBackoffPolicy, sleep as realSleep, type BackoffPolicy } from './backoff';
import { classifyAwsError, isRetryable } from './classify-aws-error';
import { EvaluationsNotReportedError, MissingPermissionError, PutEvaluationsError } from './reporting-errors';

/** PutEvaluations takes at most 100 evaluations per call (API reference: Evaluations, max 100 items). */
export const PUT_EVALUATIONS_BATCH_SIZE = 100;

/** The result token Config sends when a rule is run by `rdk test-remote` or the console's test. */
export const TEST_MODE_RESULT_TOKEN = 'TESTMODE';

export interface PutEvaluationsOptions {
  readonly logger?: Logger;
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Injectable for fast, deterministic tests. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Returns [0, 1); injectable for deterministic jitter. */
  readonly random?: () => number;
}

export interface PutEvaluationsReport {
  /** Evaluations Config accepted: all of them, since anything less throws. */
  readonly reported: number;
  readonly batches: number;
  /** PutEvaluations calls made, retries included. */
  readonly calls: number;
  readonly testMode: boolean;
}

function keyOf(evaluation: Evaluation): ResourceKey {
  return { resourceType: evaluation.ComplianceResourceType ?? '', resourceId: evaluation.ComplianceResourceId ?? '' };
}

function pairId(evaluation: Evaluation): string {
  return JSON.stringify([evaluation.ComplianceResourceType ?? '', evaluation.ComplianceResourceId ?? '']);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  // Zero evaluations still make one call: it tells Config the invocation finished with no results.
  if (items.length === 0) return [[]];
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/**
 * The evaluations of `sent` that Config listed in FailedEvaluations. Our own objects are resent (the
 * service's copies may lack fields); a failed entry matching nothing we sent is resent as returned, so
 * a failure is never lost because it could not be matched.
 */
function failedOf(sent: readonly Evaluation[], output: PutEvaluationsCommandOutput): Evaluation[] {
  const failed = output.FailedEvaluations ?? [];
  if (failed.length === 0) return [];
  const failedIds = new Set(failed.map(pairId));
  const sentIds = new Set(sent.map(pairId));
  return [...sent.filter((evaluation) => failedIds.has(pairId(evaluation))), ...failed.filter((e) => !sentIds.has(pairId(e)))];
}

/**
 * Reports evaluations to Config: batches of at most 100, every call with the event's ResultToken and
 * TestMode when the token is "TESTMODE". Either every evaluation is stored or this throws a
 * ReportingError listing what was not; nothing is dropped silently.
 *
 * Retry policy (owned here; build the client with `createConfigServiceClient`, which turns the SDK's
 * own retries off, so attempts do not multiply and the numbers below are the whole truth):
 * - throttling (ThrottlingException, TooManyRequestsException, RequestLimitExceeded, HTTP 429), server
 *   errors (HTTP 5xx, $fault "server") and network time-outs/resets: retried with full-jitter backoff;
 * - FailedEvaluations in a successful response: only those are resent, with the same backoff;
 * - both share the per-batch attempt budget (default 5); when it runs out → EvaluationsNotReportedError;
 * - AccessDenied (AccessDeniedException, AccessDenied, HTTP 403) → MissingPermissionError naming
 *   config:PutEvaluations, at once;
 * - anything else (InvalidResultTokenException, validation errors...) → PutEvaluationsError, at once.
 * A failure stops the run: later batches are not sent and are listed as unreported too.
 *
 * @example
 * await putEvaluations(createConfigServiceClient({ region }), evaluations, invocation.resultToken, { logger });
 */
export async function putEvaluations(
  client: ConfigServiceClient,
  evaluations: readonly Evaluation[],
  resultToken: string,
  options: PutEvaluationsOptions = {},
): Promise<PutEvaluationsReport> {
  if (typeof resultToken !== 'string' || resultToken.trim() === '') {
    throw new InvalidEventError('resultToken', resultToken, 'must be a non-empty string');
  }
  const policy: BackoffPolicy = resolveBackoffPolicy(options);
  const wait = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  // The token authorises writing results for this invocation: it never reaches a log line.
  const logger = (options.logger ?? silentLogger).withSecret(resultToken);
  const testMode = resultToken === TEST_MODE_RESULT_TOKEN;
  const batches = chunk(evaluations, PUT_EVALUATIONS_BATCH_SIZE);
  let calls = 0;

  for (const [index, batch] of batches.entries()) {
    const later = batches.slice(index + 1).flat();
    const unreported = (pending: readonly Evaluation[]): ResourceKey[] => [...pending, ...later].map(keyOf);
    let pending: readonly Evaluation[] = batch;
    for (let attempt = 1; ; attempt += 1) {
      const batchFields = { batch: index + 1, batches: batches.length, count: pending.length, attempt, testMode };
      let output: PutEvaluationsCommandOutput;
      calls += 1;
      try {
        output = await client.send(
          new PutEvaluationsCommand({ Evaluations: [...pending], ResultToken: resultToken, TestMode: testMode }),
        );
      } catch (error) {
        const kind = classifyAwsError(error);
        const awsErrorCode = errorCodeOf(error) ?? 'UnknownError';
        if (kind === 'access-denied') {
          const denied = new MissingPermissionError(
            'config:PutEvaluations',
            awsErrorCode,
            unreported(pending),
            "allow it in the Lambda's execution role (or the assumed role) and check SCPs and permission boundaries",
            { cause: error },
          );
          logger.error('PutEvaluations denied', { ...batchFields, errorCode: denied.code, awsErrorCode, error });
          throw denied;
        }
        if (!isRetryable(kind)) {
          const message = error instanceof Error ? error.message : String(error);
          // The message is the service's; make sure it cannot carry the token into the handler's logs.
          const detail = message.split(resultToken).join(REDACTED);
          const failed = new PutEvaluationsError(awsErrorCode, detail, unreported(pending), { cause: error });
          logger.error('PutEvaluations failed', { ...batchFields, errorCode: failed.code, awsErrorCode, error });
          throw failed;
        }
        if (attempt >= policy.maxAttempts) {
          const exhausted = new EvaluationsNotReportedError(unreported(pending), `${kind}: ${awsErrorCode}`, attempt, {
            cause: error,
          });
          logger.error('PutEvaluations retries exhausted', { ...batchFields, errorCode: exhausted.code, awsErrorCode, error });
          throw exhausted;
        }
        const delayMs = backoffDelay(policy, attempt - 1, random);
        logger.warn('PutEvaluations will be retried', { ...batchFields, errorCode: awsErrorCode, reason: kind, delayMs });
        await wait(delayMs);
        continue;
      }
      const failed = failedOf(pending, output);
      // Debug: the handler already logs every verdict at info; this line confirms Config accepted it.
      for (const evaluation of pending) {
        if (!failed.includes(evaluation)) {
          logger.debug('evaluation reported', {
            resourceType: evaluation.ComplianceResourceType,
            resourceId: evaluation.ComplianceResourceId,
            compliance: evaluation.ComplianceType,
          });
        }
      }
      if (failed.length === 0) {
        logger.info('PutEvaluations batch reported', batchFields);
        break;
      }
      if (attempt >= policy.maxAttempts) {
        const exhausted = new EvaluationsNotReportedError(unreported(failed), 'Config returned them as FailedEvaluations', attempt);
        logger.error('PutEvaluations retries exhausted', { ...batchFields, errorCode: exhausted.code, failed: failed.length });
        throw exhausted;
      }
      const delayMs = backoffDelay(policy, attempt - 1, random);
      logger.warn('FailedEvaluations will be retried', {
        ...batchFields,
        errorCode: 'FailedEvaluations',
        failed: failed.length,
        delayMs,
      });
      await wait(delayMs);
      pending = failed;
    }
  }
  return { reported: evaluations.length, batches: batches.length, calls, testMode };
}
