import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { SNSClient } from '@aws-sdk/client-sns';
import type { Context } from 'aws-lambda';
import { createLogger } from '../rule-kit/logging';
import { AlertConfigurationError } from './alert-errors';
import { notify, type NotifierClients, type NotifierOutcome, type NotifierSettings } from './notifier';
import { parseRuleSeverities } from './rule-severities';

/** Settings the stack passes as environment variables (templates/generate/alert-resources.ts). */
export function settingsFromEnvironment(env: NodeJS.ProcessEnv): NotifierSettings {
  const topicArn = env['ALERT_TOPIC_ARN'];
  if (topicArn === undefined || topicArn === '') throw new AlertConfigurationError('ALERT_TOPIC_ARN', topicArn, 'must be the alert topic ARN');
  const minSeverity = Number(env['GUARDDUTY_MIN_SEVERITY'] ?? '7');
  if (!Number.isFinite(minSeverity)) throw new AlertConfigurationError('GUARDDUTY_MIN_SEVERITY', env['GUARDDUTY_MIN_SEVERITY'], 'must be a number');
  const retrySeconds = Number(env['ATTRIBUTION_RETRY_SECONDS'] ?? '60');
  if (!Number.isFinite(retrySeconds) || retrySeconds < 1) {
    throw new AlertConfigurationError('ATTRIBUTION_RETRY_SECONDS', env['ATTRIBUTION_RETRY_SECONDS'], 'must be a number of seconds, at least 1');
  }
  return {
    topicArn,
    severities: parseRuleSeverities(env['RULE_SEVERITIES']),
    notifyResolved: (env['NOTIFY_RESOLVED'] ?? 'false').toLowerCase() === 'true',
    guardDutyMinSeverity: minSeverity,
    retryDelayMs: retrySeconds * 1000,
    // Publishing is one call; 10 s covers the SDK's own retries of it.
    reserveMs: 10_000,
  };
}

let clients: NotifierClients | undefined;

function clientsOnce(): NotifierClients {
  clients ??= { sns: new SNSClient({}), config: new ConfigServiceClient({}), cloudTrail: new CloudTrailClient({}) };
  return clients;
}

/** The Lambda entry point: `index.handler` in `dist/alert-notifier.zip`. */
export async function handler(event: unknown, context?: Pick<Context, 'awsRequestId' | 'getRemainingTimeInMillis'>): Promise<NotifierOutcome> {
  const logger = createLogger({ rule: 'alert-notifier' }).child(context?.awsRequestId === undefined ? {} : { requestId: context.awsRequestId });
  try {
    return await notify(event, settingsFromEnvironment(process.env), clientsOnce(), {
      logger,
      remainingMs: () => context?.getRemainingTimeInMillis() ?? 60_000,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    });
  } catch (error) {
    logger.error('Alert failed', { error });
    throw error;
  }
}
