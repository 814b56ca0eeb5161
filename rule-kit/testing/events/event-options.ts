import { createHash } from 'node:crypto';
import type { ConfigRuleEvent } from '../../event/config-rule-event';
import { partitionOf } from '../../aws/partition';
import { SAMPLE_RESULT_TOKEN } from './result-token';

/** What a test may set on a built event; everything has a realistic default. */
export interface EventOptions {
  /** An object is sent as its JSON string; a string is sent as is (to test "" or malformed JSON). Absent by default. */
  readonly ruleParameters?: Readonly<Record<string, unknown>> | string;
  /** Defaults to a realistic opaque token; "TESTMODE" for a test run. */
  readonly resultToken?: string;
  readonly executionRoleArn?: string;
  readonly ruleName?: string;
  /** Defaults to the item's account (change events) or 123456789012. */
  readonly accountId?: string;
  /** Defaults to the item's region (change events) or us-east-1; used in the rule ARN. */
  readonly region?: string;
  /** ISO-8601; defaults to two seconds after the item's capture time, or a fixed time for scheduled events. */
  readonly notificationCreationTime?: string;
  readonly evaluationMode?: 'DETECTIVE' | 'PROACTIVE';
}

export const DEFAULT_ACCOUNT_ID = '123456789012';
export const DEFAULT_REGION = 'us-east-1';
export const DEFAULT_RULE_NAME = 'custom-config-rule';
export const DEFAULT_SCHEDULED_TIME = '2024-06-03T08:00:00.000Z';

/**
 * Config rule ids look like `config-rule-a1b2c3`; derived from the name so events are reproducible.
 *
 * @example
 * configRuleIdFor('custom-config-rule'); // 'config-rule-' and six hex digits, always the same
 */
export function configRuleIdFor(ruleName: string): string {
  return `config-rule-${createHash('sha256').update(ruleName).digest('hex').slice(0, 6)}`;
}

/**
 * The event around an invokingEvent, with the fields and order of the AWS Config developer guide's
 * "Example Events for AWS Config Rules".
 */
export function buildEnvelope(
  invokingEvent: Readonly<Record<string, unknown>>,
  defaults: { readonly accountId: string; readonly region: string; readonly eventLeftScope: boolean },
  options: EventOptions,
): ConfigRuleEvent {
  const accountId = options.accountId ?? defaults.accountId;
  const region = options.region ?? defaults.region;
  const ruleName = options.ruleName ?? DEFAULT_RULE_NAME;
  const ruleId = configRuleIdFor(ruleName);
  const partition = partitionOf(region);
  const parameters = options.ruleParameters;
  return {
    invokingEvent: JSON.stringify(invokingEvent),
    ...(parameters === undefined ? {} : { ruleParameters: typeof parameters === 'string' ? parameters : JSON.stringify(parameters) }),
    resultToken: options.resultToken ?? SAMPLE_RESULT_TOKEN,
    eventLeftScope: defaults.eventLeftScope,
    executionRoleArn:
      options.executionRoleArn ??
      `arn:${partition}:iam::${accountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
    configRuleArn: `arn:${partition}:config:${region}:${accountId}:config-rule/${ruleId}`,
    configRuleName: ruleName,
    configRuleId: ruleId,
    accountId,
    version: '1.0',
    evaluationMode: options.evaluationMode ?? 'DETECTIVE',
  };
}

/** Config notifies shortly after it records the change. */
export function notificationTimeAfter(captureTime: string, options: EventOptions): string {
  if (options.notificationCreationTime !== undefined) return options.notificationCreationTime;
  const captured = Date.parse(captureTime);
  return Number.isNaN(captured) ? DEFAULT_SCHEDULED_TIME : new Date(captured + 2000).toISOString();
}
