import type { ConfigurationItem, ConfigurationItemStatus } from '../configuration-item';
import type { RawParameters } from '../parameters';

/**
 * The event AWS Config sends a custom Lambda rule. `invokingEvent` and `ruleParameters` are JSON
 * strings. `@types/aws-lambda` has no type for it, so the kit owns one.
 */
export interface ConfigRuleEvent {
  readonly version?: string;
  readonly invokingEvent: string;
  readonly ruleParameters?: string;
  readonly resultToken: string;
  readonly eventLeftScope?: boolean;
  readonly executionRoleArn?: string;
  readonly configRuleArn?: string;
  readonly configRuleName: string;
  readonly configRuleId?: string;
  readonly accountId: string;
  readonly evaluationMode?: string;
}

export type MessageType =
  | 'ConfigurationItemChangeNotification'
  | 'OversizedConfigurationItemChangeNotification'
  | 'ScheduledNotification';

/** The header of an oversized item: everything but configuration, which must be fetched. */
export interface ConfigurationItemSummary {
  readonly changeType?: string;
  readonly configurationItemVersion?: string;
  readonly configurationItemCaptureTime: string;
  readonly configurationStateId?: string;
  readonly awsAccountId: string;
  readonly configurationItemStatus: ConfigurationItemStatus;
  readonly resourceType: ConfigurationItem['resourceType'];
  readonly resourceId: string;
  readonly resourceName?: string;
  readonly ARN?: string;
  readonly awsRegion: string;
  readonly availabilityZone?: string;
  readonly configurationStateMd5Hash?: string;
  readonly resourceCreationTime?: string;
}

/** What every invocation carries, whatever triggered it. */
interface InvocationBase {
  readonly ruleName: string;
  readonly ruleArn?: string;
  readonly accountId: string;
  readonly resultToken: string;
  /** `resultToken === "TESTMODE"`: PutEvaluations is called with TestMode, nothing is stored. */
  readonly testMode: boolean;
  readonly parameters: RawParameters;
  readonly executionRoleArn?: string;
  /** ISO-8601 time Config created the notification (change notifications may omit it). */
  readonly notificationCreationTime?: string;
}

export interface ChangeInvocation extends InvocationBase {
  readonly messageType: 'ConfigurationItemChangeNotification';
  readonly item: ConfigurationItem;
  readonly eventLeftScope: boolean;
}

export interface OversizedChangeInvocation extends InvocationBase {
  readonly messageType: 'OversizedConfigurationItemChangeNotification';
  readonly summary: ConfigurationItemSummary;
  readonly eventLeftScope: boolean;
}

export interface ScheduledInvocation extends InvocationBase {
  readonly messageType: 'ScheduledNotification';
  /** The OrderingTimestamp of every evaluation of a periodic run. */
  readonly notificationCreationTime: string;
}

/** Every way Config invokes a rule, as one discriminated union on `messageType`. */
export type Invocation = ChangeInvocation | OversizedChangeInvocation | ScheduledInvocation;
