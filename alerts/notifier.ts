import type { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import type { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { Logger } from '../rule-kit/logging';
import { AlertEventError, PublishFailedError } from './alert-errors';
import { buildComplianceAlert, type AlertMessage } from './alert-message';
import { attributeChange } from './attribute-change';
import type { Attribution } from './attribution';
import { COMPLIANCE_CHANGE_DETAIL_TYPE, parseComplianceChange } from './compliance-change';
import { isRecord } from './event-fields';
import { buildGuardDutyAlert } from './guardduty-message';
import { GUARDDUTY_DETAIL_TYPE, parseGuardDutyFinding } from './guardduty-finding';
import { ruleOf, type RuleSeverities } from './rule-severities';

export interface NotifierSettings {
  readonly topicArn: string;
  readonly severities: RuleSeverities;
  /** Also send a "resolved" message when a resource goes back from NON_COMPLIANT to COMPLIANT. */
  readonly notifyResolved: boolean;
  /** GuardDuty findings below this score are not sent (EventBridge filters too; this holds if it is widened). */
  readonly guardDutyMinSeverity: number;
  readonly retryDelayMs: number;
  readonly reserveMs: number;
}

export interface NotifierClients {
  readonly sns: SNSClient;
  readonly config: ConfigServiceClient;
  readonly cloudTrail: CloudTrailClient;
}

/** What one invocation did, returned to Lambda and to tests. */
export type NotifierOutcome =
  | { readonly outcome: 'published'; readonly subject: string; readonly attribution?: Attribution['kind'] }
  | { readonly outcome: 'ignored'; readonly reason: string };

export interface InvocationTools {
  readonly logger: Logger;
  readonly remainingMs: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

async function publish(sns: SNSClient, topicArn: string, message: AlertMessage): Promise<void> {
  try {
    await sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        Subject: message.subject,
        Message: message.body,
        MessageAttributes: Object.fromEntries(Object.entries(message.attributes).map(([name, value]) => [name, { DataType: 'String', StringValue: value }])),
      }),
    );
  } catch (error) {
    throw new PublishFailedError(topicArn, message.subject, { cause: error });
  }
}

/**
 * One EventBridge event in, at most one SNS message out. A malformed event or a failed publish throws
 * (Lambda retries, then the dead-letter queue keeps the event); a failed enrichment never stops the alert.
 */
export async function notify(event: unknown, settings: NotifierSettings, clients: NotifierClients, tools: InvocationTools): Promise<NotifierOutcome> {
  if (!isRecord(event)) throw new AlertEventError('event', event, 'must be an EventBridge event object');
  const detailType = event['detail-type'];
  if (detailType === GUARDDUTY_DETAIL_TYPE) {
    const finding = parseGuardDutyFinding(event);
    if (finding.score < settings.guardDutyMinSeverity) return { outcome: 'ignored', reason: `GuardDuty severity ${finding.score} below ${settings.guardDutyMinSeverity}` };
    const message = buildGuardDutyAlert(finding);
    await publish(clients.sns, settings.topicArn, message);
    tools.logger.info('Published', { subject: message.subject });
    return { outcome: 'published', subject: message.subject };
  }
  if (detailType !== COMPLIANCE_CHANGE_DETAIL_TYPE) {
    throw new AlertEventError('detail-type', detailType, `must be "${COMPLIANCE_CHANGE_DETAIL_TYPE}" or "${GUARDDUTY_DETAIL_TYPE}"`);
  }
  const change = parseComplianceChange(event);
  const resolved = change.newCompliance === 'COMPLIANT' && change.oldCompliance === 'NON_COMPLIANT';
  if (change.newCompliance !== 'NON_COMPLIANT' && !(resolved && settings.notifyResolved)) {
    return { outcome: 'ignored', reason: `${change.oldCompliance ?? 'none'} -> ${change.newCompliance} is not alerted` };
  }
  const logger = tools.logger.child({ resourceType: change.resourceType, resourceId: change.resourceId, configRuleName: change.configRuleName });
  const attribution = await attributeChange(change, {
    config: clients.config,
    cloudTrail: clients.cloudTrail,
    logger,
    remainingMs: tools.remainingMs,
    sleep: tools.sleep,
    retryDelayMs: settings.retryDelayMs,
    reserveMs: settings.reserveMs,
  });
  const { ruleId, severity } = ruleOf(change.configRuleName, settings.severities);
  const message = buildComplianceAlert({ change, severity, attribution, ...(ruleId === undefined ? {} : { ruleId }) });
  await publish(clients.sns, settings.topicArn, message);
  logger.info('Published', { subject: message.subject, attribution: attribution.kind });
  return { outcome: 'published', subject: message.subject, attribution: attribution.kind };
}
