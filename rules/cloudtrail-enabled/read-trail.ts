import {
  CloudTrailServiceException,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  type CloudTrailClient,
  type Trail,
} from '@aws-sdk/client-cloudtrail';
import { type JsonRecord, UnexpectedResponseError } from '../../rule-kit';
import { recordedTrail, type TrailCallError, type TrailOperation } from './recorded-trail';

/**
 * The status and event selectors of one trail from DescribeTrails. Both calls use the trail ARN, which
 * is what CloudTrail requires for a shadow trail (a multi-Region or organization trail whose home is
 * another Region or the management account): CloudTrail answers for it from this Region, so no client
 * for the home Region is needed. A CloudTrail error on either call is recorded on the trail (which then
 * does not count); anything else (network failure, a bug) propagates and fails the run.
 */
export async function readTrail(cloudtrail: CloudTrailClient, trail: Trail): Promise<JsonRecord> {
  const trailArn = trail.TrailARN;
  if (trailArn === undefined || trailArn === '') throw new UnexpectedResponseError('DescribeTrails', 'returned a trail without a TrailARN', trail);
  const errors: TrailCallError[] = [];
  const status = await attempt('GetTrailStatus', errors, () => cloudtrail.send(new GetTrailStatusCommand({ Name: trailArn })));
  const selectors = await attempt('GetEventSelectors', errors, () =>
    cloudtrail.send(new GetEventSelectorsCommand({ TrailName: trailArn })),
  );
  return recordedTrail(trail, status, selectors, errors);
}

async function attempt<T>(operation: TrailOperation, errors: TrailCallError[], call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof CloudTrailServiceException)) throw error;
    errors.push({ Operation: operation, ErrorCode: error.name, Message: error.message });
    return undefined;
  }
}
