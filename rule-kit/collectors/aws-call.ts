import { classifyAwsError } from '../reporting/classify-aws-error';
import { CollectorAccessDeniedError } from './collector-access-denied-error';

/** IAM's denial message names the action: "... is not authorized to perform: config:BatchGetResourceConfig on ...". */
const DENIED_ACTION = /perform: ([a-z0-9-]+:[A-Za-z0-9]+)/;

/**
 * One AWS call (or a few, e.g. a listing and its batch reads) of a collector, `action` being the IAM
 * action(s) it needs. An access-denied error becomes CollectorAccessDeniedError naming the action IAM's
 * message names, or else `action`; every other error propagates unchanged (throttling has already been
 * retried by the SDK client's retry strategy).
 *
 * @example
 * const detectors = await callAws('guardduty:ListDetectors', () => guardduty.send(new ListDetectorsCommand({})));
 */
export async function callAws<T>(action: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (classifyAwsError(error) !== 'access-denied') throw error;
    const code = error instanceof Error ? error.name : 'AccessDenied';
    const named = error instanceof Error ? DENIED_ACTION.exec(error.message)?.[1] : undefined;
    throw new CollectorAccessDeniedError(named ?? action, code, { cause: error });
  }
}

/** Node's resolver answer for a host name that does not exist: the service has no endpoint in this Region. */
const NO_SUCH_HOST = 'ENOTFOUND';

/**
 * Whether an error says the service has no endpoint in the client's Region (AWS publishes
 * `<service>.<region>.amazonaws.com` only where the service runs, so the name does not resolve). Such a
 * Region is not a failure to report: the rule answers NOT_APPLICABLE with the reason.
 *
 * @example
 * if (isServiceUnavailableInRegion(error)) yield accountItem(ctx, { Inspector2: { Unavailable: true } });
 */
export function isServiceUnavailableInRegion(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  return code === NO_SUCH_HOST || (cause !== undefined && cause !== error && isServiceUnavailableInRegion(cause));
}
