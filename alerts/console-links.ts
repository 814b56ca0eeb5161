import { partitionOf } from '../rule-kit/aws/partition';

/** The console's host in each partition with a public console; other partitions get no links. */
const CONSOLE_HOSTS: Readonly<Record<string, string>> = {
  aws: 'console.aws.amazon.com',
  'aws-cn': 'console.amazonaws.cn',
  'aws-us-gov': 'console.amazonaws-us-gov.com',
};

function consoleBase(region: string): string | undefined {
  const host = CONSOLE_HOSTS[partitionOf(region)];
  return host === undefined ? undefined : `https://${region}.${host}`;
}

const q = encodeURIComponent;

/** The resource's page in Config (its configuration timeline, compliance and related CloudTrail events). */
export function resourceLink(region: string, resourceType: string, resourceId: string): string | undefined {
  const base = consoleBase(region);
  return base && `${base}/config/home?region=${region}#/resources/details?resourceId=${q(resourceId)}&resourceType=${q(resourceType)}`;
}

export function ruleLink(region: string, configRuleName: string): string | undefined {
  const base = consoleBase(region);
  return base && `${base}/config/home?region=${region}#/rules/details?configRuleName=${q(configRuleName)}`;
}

export function cloudTrailEventLink(region: string, eventId: string): string | undefined {
  const base = consoleBase(region);
  return base && `${base}/cloudtrailv2/home?region=${region}#/events/${q(eventId)}`;
}

export function guardDutyFindingLink(region: string, findingId: string): string | undefined {
  const base = consoleBase(region);
  return base && `${base}/guardduty/home?region=${region}#/findings?search=id%3D${q(findingId)}`;
}

/** Athena's saved queries, where the investigation stack's named queries are listed by name. */
export function athenaSavedQueriesLink(region: string): string | undefined {
  const base = consoleBase(region);
  return base && `${base}/athena/home?region=${region}#/query-editor/saved-queries`;
}
