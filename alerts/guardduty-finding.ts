import type { Severity } from '../rule-kit/severity';
import { AlertEventError } from './alert-errors';
import { guardDutySeverity } from './guardduty-severity';
import { isRecord, optionalStringAt, recordAt, stringAt, timeAt, type JsonRecord } from './event-fields';

export const GUARDDUTY_DETAIL_TYPE = 'GuardDuty Finding';

/**
 * A "GuardDuty Finding" event from EventBridge (GuardDuty User Guide, "Creating custom responses to
 * GuardDuty findings with Amazon EventBridge": `detail` is the finding as GetFindings returns it).
 */
export interface GuardDutyFinding {
  readonly kind: 'guardduty-finding';
  readonly id: string;
  readonly account: string;
  readonly region: string;
  readonly type: string;
  readonly title: string;
  readonly description?: string;
  readonly score: number;
  readonly severity: Severity;
  readonly resourceType: string;
  /** The affected resource as a person names it: an instance id, an access key's user, a bucket. */
  readonly resource: string;
  /** Who or what acted: the API caller, the remote IP and its owner, as GuardDuty saw them. */
  readonly actor?: string;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly count?: number;
}

function text(record: JsonRecord | undefined, key: string): string | undefined {
  const value = record?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function sub(record: JsonRecord | undefined, key: string): JsonRecord | undefined {
  const value = record?.[key];
  return isRecord(value) ? value : undefined;
}

function resourceName(resource: JsonRecord): string {
  const instance = sub(resource, 'instanceDetails');
  const key = sub(resource, 'accessKeyDetails');
  const buckets = resource['s3BucketDetails'];
  const firstBucket = Array.isArray(buckets) && isRecord(buckets[0]) ? text(buckets[0], 'name') : undefined;
  const cluster = sub(resource, 'eksClusterDetails');
  return (
    text(instance, 'instanceId') ??
    (key === undefined ? undefined : [text(key, 'userName'), text(key, 'accessKeyId')].filter(Boolean).join(' / ') || undefined) ??
    firstBucket ??
    text(cluster, 'name') ??
    'unnamed resource'
  );
}

function actorOf(service: JsonRecord | undefined): string | undefined {
  const action = sub(service, 'action');
  const call = sub(action, 'awsApiCallAction');
  const connection = sub(action, 'networkConnectionAction');
  const remote = sub(call, 'remoteIpDetails') ?? sub(connection, 'remoteIpDetails');
  const ip = text(remote, 'ipAddressV4') ?? text(remote, 'ipAddressV6');
  const org = text(sub(remote, 'organization'), 'org') ?? text(sub(remote, 'organization'), 'asnOrg');
  const country = text(sub(remote, 'country'), 'countryName');
  const api = text(call, 'api');
  const parts = [
    api === undefined ? undefined : `called ${api}${text(call, 'serviceName') === undefined ? '' : ` (${text(call, 'serviceName')})`}`,
    ip === undefined ? undefined : `from ${ip}${org === undefined ? '' : ` (${org}${country === undefined ? '' : `, ${country}`})`}`,
  ].filter((part): part is string => part !== undefined);
  return parts.length === 0 ? undefined : parts.join(' ');
}

export function parseGuardDutyFinding(event: JsonRecord): GuardDutyFinding {
  const detail = recordAt(event, 'detail', 'event');
  const score = detail['severity'];
  if (typeof score !== 'number' || !Number.isFinite(score)) throw new AlertEventError('detail.severity', score, 'must be a number');
  const resource = recordAt(detail, 'resource', 'detail');
  const service = sub(detail, 'service');
  const description = optionalStringAt(detail, 'description', 'detail');
  const actor = actorOf(service);
  const first = text(service, 'eventFirstSeen');
  const last = text(service, 'eventLastSeen');
  const count = service?.['count'];
  return {
    kind: 'guardduty-finding',
    id: stringAt(detail, 'id', 'detail'),
    account: stringAt(detail, 'accountId', 'detail'),
    region: stringAt(detail, 'region', 'detail'),
    type: stringAt(detail, 'type', 'detail'),
    title: stringAt(detail, 'title', 'detail'),
    ...(description === undefined ? {} : { description }),
    score,
    severity: guardDutySeverity(score),
    resourceType: stringAt(resource, 'resourceType', 'detail.resource'),
    resource: resourceName(resource),
    ...(actor === undefined ? {} : { actor }),
    ...(first === undefined ? {} : { firstSeen: timeAt(service ?? {}, 'eventFirstSeen', 'detail.service') }),
    ...(last === undefined ? {} : { lastSeen: timeAt(service ?? {}, 'eventLastSeen', 'detail.service') }),
    ...(typeof count === 'number' ? { count } : {}),
  };
}
