import { snsSubject, type AlertMessage } from './alert-message';
import { guardDutyFindingLink } from './console-links';
import type { GuardDutyFinding } from './guardduty-finding';

/** A GuardDuty finding in the same form as the rules' alerts: severity, what, where, who, when, a link. */
export function buildGuardDutyAlert(finding: GuardDutyFinding): AlertMessage {
  const link = guardDutyFindingLink(finding.region, finding.id);
  const body = [
    `GuardDuty ${finding.type} (severity ${finding.severity}, ${finding.score})`,
    `What:     ${finding.title}`,
    ...(finding.description === undefined ? [] : [`Details:  ${finding.description}`]),
    `Resource: ${finding.resourceType} ${finding.resource}`,
    `Account:  ${finding.account}, Region ${finding.region}`,
    `Who:      ${finding.actor ?? 'GuardDuty names no actor for this finding type'}`,
    `Seen:     ${finding.firstSeen ?? 'unknown'} to ${finding.lastSeen ?? 'unknown'}${finding.count === undefined ? '' : `, ${finding.count} times`}`,
    ...(link === undefined ? [] : ['', `Finding: ${link}`]),
  ].join('\n');
  return {
    subject: snsSubject(`[${finding.severity}] GuardDuty in ${finding.account}/${finding.region}: ${finding.type} on ${finding.resource}`),
    body,
    attributes: {
      kind: 'guardduty',
      rule: 'guardduty',
      severity: finding.severity,
      account: finding.account,
      region: finding.region,
      resourceType: finding.resourceType,
      findingType: finding.type,
    },
  };
}
