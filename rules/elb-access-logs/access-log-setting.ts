import {
  type ConfigurationItem,
  configurationOf,
  isRecord,
  jsonField,
  type JsonRecord,
  MalformedConfigurationItemError,
  requireArray,
  requireRecord,
} from '../../rule-kit';
import { ATTRIBUTES_KEY, V2_KINDS, type V2Kind } from './load-balancer-types';

/** What the recorded attributes say about access logging; `gateway`: the type writes no access logs. */
export type AccessLogSetting =
  | { readonly kind: 'gateway' }
  | { readonly kind: 'off'; readonly loadBalancer: string }
  | { readonly kind: 'on'; readonly loadBalancer: string; readonly bucket: string | undefined };

const ENABLED_KEY = 'access_logs.s3.enabled';
const BUCKET_KEY = 'access_logs.s3.bucket';

/** Config lower-cases the first letter of recorded keys (`key`, `accessLog`); the API does not (`Key`, `AccessLog`). */
function field(record: JsonRecord, lowerCamel: string): unknown {
  if (Object.hasOwn(record, lowerCamel)) return record[lowerCamel];
  const upper = lowerCamel.charAt(0).toUpperCase() + lowerCamel.slice(1);
  return Object.hasOwn(record, upper) ? record[upper] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function recordedAttributes(item: ConfigurationItem): unknown {
  const path = `supplementaryConfiguration.${ATTRIBUTES_KEY}`;
  const raw = item.supplementaryConfiguration?.[ATTRIBUTES_KEY];
  if (raw === undefined || raw === null) {
    throw new MalformedConfigurationItemError(path, item.resourceType, item.resourceId, 'is missing: access logging cannot be determined');
  }
  return jsonField(item, raw, path);
}

function name(item: ConfigurationItem, config: JsonRecord): string {
  return text(config['loadBalancerName']) ?? item.resourceName ?? item.resourceId;
}

/**
 * ELBv2: `supplementaryConfiguration.LoadBalancerAttributes` is the attribute list
 * (`[{ "key": "access_logs.s3.enabled", "value": "true" }, ...]`). A Gateway Load Balancer has no access
 * logs. The `access_logs.s3.enabled` entry is always returned by ELB; without it, or with a value other
 * than "true"/"false", the item cannot be evaluated.
 */
export function readV2Setting(item: ConfigurationItem): AccessLogSetting {
  const config = configurationOf(item);
  const kind = config['type'];
  if (typeof kind !== 'string' || !(V2_KINDS as readonly string[]).includes(kind)) {
    throw new MalformedConfigurationItemError('configuration.type', item.resourceType, item.resourceId, 'is not application, network or gateway', kind);
  }
  if ((kind as V2Kind) === 'gateway') return { kind: 'gateway' };
  const path = `supplementaryConfiguration.${ATTRIBUTES_KEY}`;
  const entries = requireArray(item, recordedAttributes(item), path).map((entry, index) => requireRecord(item, entry, `${path}[${index}]`));
  const valueOf = (key: string): unknown => {
    const entry = entries.find((candidate) => field(candidate, 'key') === key);
    return entry === undefined ? undefined : field(entry, 'value');
  };
  const enabled = valueOf(ENABLED_KEY);
  const loadBalancer = name(item, config);
  if (enabled === 'false') return { kind: 'off', loadBalancer };
  if (enabled !== 'true') {
    throw new MalformedConfigurationItemError(`${path}[${ENABLED_KEY}]`, item.resourceType, item.resourceId, 'is not "true" or "false"', enabled);
  }
  return { kind: 'on', loadBalancer, bucket: text(valueOf(BUCKET_KEY)) };
}

/**
 * Classic: `supplementaryConfiguration.LoadBalancerAttributes.accessLog`
 * (`{ "enabled": true, "s3BucketName": "...", "emitInterval": 60, "s3BucketPrefix": "..." }`).
 * A missing accessLog or a non-boolean `enabled` cannot be evaluated.
 */
export function readClassicSetting(item: ConfigurationItem): AccessLogSetting {
  const path = `supplementaryConfiguration.${ATTRIBUTES_KEY}`;
  const attributes = requireRecord(item, recordedAttributes(item), path);
  const accessLog = requireRecord(item, field(attributes, 'accessLog'), `${path}.accessLog`);
  const enabled = field(accessLog, 'enabled');
  const loadBalancer = name(item, isRecord(item.configuration) ? item.configuration : {});
  if (enabled === false) return { kind: 'off', loadBalancer };
  if (enabled !== true) {
    throw new MalformedConfigurationItemError(`${path}.accessLog.enabled`, item.resourceType, item.resourceId, 'is not a boolean', enabled);
  }
  return { kind: 'on', loadBalancer, bucket: text(field(accessLog, 's3BucketName')) };
}
