import type { Severity } from '../rule-kit/severity';
import { fillQuery, investigationQuery, namedQueryName, type InvestigationQuery } from '../templates/investigation/queries';
import type { Attribution } from './attribution';
import type { ChangeEvent } from './change-event';
import type { ComplianceChange } from './compliance-change';
import { athenaSavedQueriesLink, cloudTrailEventLink, resourceLink, ruleLink } from './console-links';

/** What is published: SNS takes a subject of at most 100 characters, no line breaks. */
export interface AlertMessage {
  readonly subject: string;
  readonly body: string;
  /** SNS message attributes (String), so subscribers can filter: rule, severity, account, resourceType... */
  readonly attributes: Readonly<Record<string, string>>;
}

export const SUBJECT_MAX = 100;

/** Printable ASCII only, one line, at most 100 characters, with a visible cut. */
export function snsSubject(text: string): string {
  const flat = text.replace(/[^\x20-\x7e]/g, '?');
  return flat.length <= SUBJECT_MAX ? flat : `${flat.slice(0, SUBJECT_MAX - 3)}...`;
}

function day(time: string): string {
  return time.slice(0, 10).replace(/-/g, '/');
}

/** Days around a time as the CloudTrail table's `date` partition spells them. */
function window(time: string, daysBefore: number, daysAfter: number): { from: string; to: string } {
  const at = Date.parse(time);
  return { from: day(new Date(at - daysBefore * 86_400_000).toISOString()), to: day(new Date(at + daysAfter * 86_400_000).toISOString()) };
}

/** The named query a person opens next, filled for this finding; by resource type where one fits. */
function investigation(change: ComplianceChange, principalArn: string | undefined): { query: InvestigationQuery; sql: string } {
  const span = window(change.orderingTimestamp, 1, 1);
  if (principalArn !== undefined) {
    const query = investigationQuery('principal-activity');
    return { query, sql: fillQuery(query, { ...span, principalArn }) };
  }
  const byType: Readonly<Record<string, [InvestigationQuery['key'], string]>> = {
    'AWS::EC2::SecurityGroup': ['security-group-changes', 'groupId'],
    'AWS::S3::Bucket': ['bucket-policy-changes', 'bucketName'],
    'AWS::EC2::Snapshot': ['snapshot-permission-changes', 'snapshotId'],
    'AWS::RDS::DBSnapshot': ['snapshot-permission-changes', 'snapshotId'],
    'AWS::RDS::DBClusterSnapshot': ['snapshot-permission-changes', 'snapshotId'],
  };
  const [key, placeholder] = byType[change.resourceType] ?? ['root-activity', 'unused'];
  const query = investigationQuery(key);
  return { query, sql: fillQuery(query, { ...span, [placeholder]: change.resourceId }) };
}

function whoLines(event: ChangeEvent): string[] {
  const actor = event.actor;
  const lines = [`Who:      ${actor.summary}${actor.arn !== undefined && !actor.summary.includes(actor.arn) ? ` (${actor.arn})` : ''}`];
  if (actor.mfaAuthenticated !== undefined) lines.push(`MFA:      ${actor.mfaAuthenticated ? 'yes' : 'no'}`);
  lines.push(`When:     ${event.eventTime}`);
  lines.push(`Call:     ${event.eventName} (${event.eventSource})`);
  lines.push(`From:     ${event.sourceIp ?? 'no source IP recorded'}${event.userAgent === undefined ? '' : `, ${event.userAgent}`}`);
  return lines;
}

function attributionLines(attribution: Attribution): string[] {
  switch (attribution.kind) {
    case 'found': {
      const [latest, ...earlier] = attribution.events;
      if (latest === undefined) return ['Who:      actor not yet known (no CloudTrail record of the change was found)'];
      const lines = whoLines(latest);
      for (const event of earlier.slice(0, 4)) lines.push(`Earlier:  ${event.eventName} by ${event.actor.summary} at ${event.eventTime}`);
      if (earlier.length > 4) lines.push(`          and ${earlier.length - 4} more calls`);
      return lines;
    }
    case 'periodic':
      return ['Who:      found by a periodic check: no single API call is linked to this result'];
    case 'not-yet-known':
      return [`Who:      actor not yet known: CloudTrail had no record of the change (${attribution.searched}); it can lag up to 15 minutes`];
    case 'unavailable':
      return [`Who:      actor unknown: the CloudTrail lookup failed (${attribution.reason})`];
  }
}

export interface ComplianceAlertInput {
  readonly change: ComplianceChange;
  readonly severity: Severity;
  /** The rule's id in the pack, when the Config rule name is one of ours. */
  readonly ruleId?: string;
  readonly attribution: Attribution;
}

/**
 * The message for a compliance change: a subject that names severity, rule, resource, account and
 * Region, and a body a person reads in ten seconds. Pure: same input, same message.
 */
export function buildComplianceAlert(input: ComplianceAlertInput): AlertMessage {
  const { change, severity, attribution } = input;
  const resolved = change.newCompliance === 'COMPLIANT';
  const headline = resolved ? 'RESOLVED' : change.newCompliance;
  const subject = snsSubject(
    // Account and Region before the resource: a long resource id is what the 100-character cut may take.
    `[${resolved ? 'RESOLVED' : severity}] ${input.ruleId ?? change.configRuleName} in ${change.account}/${change.region}: ${change.resourceType} ${change.resourceId}`,
  );
  const event = attribution.kind === 'found' ? attribution.events[0] : undefined;
  // The session's own ARN names the person (assumed-role/<role>/<session>); the role's would match everyone using it.
  const principalArn = event?.actor.arn ?? event?.actor.roleArn;
  const next = investigation(change, principalArn);
  const links = [
    ['Resource', resourceLink(change.region, change.resourceType, change.resourceId)],
    ['Rule', ruleLink(change.region, change.configRuleName)],
    ['CloudTrail event', event && cloudTrailEventLink(event.region ?? change.region, event.eventId)],
    ['Athena saved queries', athenaSavedQueriesLink(change.region)],
  ].filter((entry): entry is [string, string] => entry[1] !== undefined);
  const body = [
    `${headline}: ${change.configRuleName} (severity ${severity})`,
    `Resource: ${change.resourceType} ${change.resourceId}`,
    `Account:  ${change.account}, Region ${change.region}`,
    `Result:   ${change.oldCompliance ?? 'no earlier result'} -> ${change.newCompliance} at ${change.orderingTimestamp}`,
    `Why:      ${change.annotation ?? (resolved ? 'the rule found the resource compliant' : 'the rule gave no annotation')}`,
    ...attributionLines(attribution),
    '',
    ...links.map(([label, url]) => `${label}: ${url}`),
    '',
    `Investigate: Athena named query "${namedQueryName(next.query)}" (${next.query.title}), filled in:`,
    next.sql,
  ].join('\n');
  const attributes: Record<string, string> = {
    kind: resolved ? 'resolved' : 'finding',
    rule: input.ruleId ?? change.configRuleName,
    configRuleName: change.configRuleName,
    severity,
    account: change.account,
    region: change.region,
    resourceType: change.resourceType,
    compliance: change.newCompliance,
    attribution: attribution.kind,
  };
  if (event !== undefined) attributes['actor'] = event.actor.roleArn ?? event.actor.arn ?? event.actor.type;
  return { subject, body, attributes };
}
