import { type ConfigurationItem, isRecord, MalformedConfigurationItemError } from '../../rule-kit';
import { coversWholeFamily, parseCidr, type AddressRange } from './cidr';

/**
 * Condition keys that pin a statement to known callers when compared with fixed values: the caller's
 * network (VPC endpoint, VPC), organisation or account, or the AWS resource acting on the bucket.
 */
const CALLER_KEYS = new Set([
  'aws:sourcevpce',
  'aws:sourcevpc',
  'aws:principalorgid',
  'aws:principalaccount',
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceowner',
]);

const SOURCE_IP = 'aws:sourceip';

const STRING_OPERATORS = new Set(['stringequals', 'stringequalsignorecase', 'stringlike', 'arnequals', 'arnlike']);
const IP_OPERATOR = 'ipaddress';

/** A value that is not fixed: wildcards match any caller, policy variables vary with the request. */
const NOT_FIXED = /[*?]|\$\{/;

function malformed(item: ConfigurationItem, field: string, reason: string, value: unknown): never {
  throw new MalformedConfigurationItemError(field, item.resourceType, item.resourceId, reason, value);
}

function conditionValues(item: ConfigurationItem, value: unknown, field: string): readonly string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.map((entry) => {
    if (typeof entry === 'string') return entry;
    if (typeof entry === 'number' || typeof entry === 'boolean') return String(entry);
    return malformed(item, field, 'holds a value that is not a string, number or boolean', value);
  });
}

/**
 * The operator's base name when its test holds only for requests that carry the key with a matching
 * value. `...IfExists` passes requests without the key, and `ForAllValues:` is true for a missing or
 * empty key (IAM's documented behaviour), so neither limits anyone. `ForAnyValue:` needs a match.
 */
function limitingOperator(operator: string): string | undefined {
  let name = operator.trim().toLowerCase();
  if (name.startsWith('forallvalues:')) return undefined;
  if (name.startsWith('foranyvalue:')) name = name.slice('foranyvalue:'.length);
  if (name.endsWith('ifexists')) return undefined;
  return name;
}

function limitsSourceIp(item: ConfigurationItem, values: readonly string[], field: string): boolean {
  if (values.length === 0) return false;
  const ranges: AddressRange[] = values.map((value) => parseCidr(value) ?? malformed(item, field, 'holds a value that is not a CIDR', value));
  return !coversWholeFamily(ranges);
}

/**
 * The condition key that limits a statement to known callers, or undefined when nothing does (every
 * condition in a block must hold, so one limiting key is enough). Limiting means: a caller key from
 * CALLER_KEYS under StringEquals/StringLike/ArnEquals/ArnLike (optionally `ForAnyValue:`) with only
 * fixed values, or `aws:SourceIp` under IpAddress whose CIDRs do not together cover all IPv4 or all
 * IPv6 addresses. `NotIpAddress`, `StringNotEquals` and the like exclude some callers and admit the
 * rest of the internet, so they never limit.
 */
export function limitingConditionKey(item: ConfigurationItem, condition: unknown, field: string): string | undefined {
  if (condition === undefined || condition === null) return undefined;
  if (!isRecord(condition)) return malformed(item, field, 'is not an object', condition);
  for (const [operator, tests] of Object.entries(condition)) {
    const operatorField = `${field}.${operator}`;
    if (!isRecord(tests)) return malformed(item, operatorField, 'is not an object', tests);
    const base = limitingOperator(operator);
    for (const [key, value] of Object.entries(tests)) {
      const keyField = `${operatorField}.${key}`;
      const values = conditionValues(item, value, keyField);
      const folded = key.trim().toLowerCase();
      if (base === undefined) continue;
      if (CALLER_KEYS.has(folded) && STRING_OPERATORS.has(base)) {
        if (values.length > 0 && values.every((entry) => entry !== '' && !NOT_FIXED.test(entry))) return key;
      } else if (folded === SOURCE_IP && base === IP_OPERATOR) {
        if (limitsSourceIp(item, values, keyField)) return key;
      }
    }
  }
  return undefined;
}
