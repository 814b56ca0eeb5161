import { type ConfigurationItem, isRecord, MalformedConfigurationItemError } from '../../rule-kit';
import { coversWholeFamily, parseCidr, type AddressRange } from './cidr';
import { FIXED_VALUE_KEYS } from './policy-condition-keys';
import { parseConditionOperator, requiresMatch } from './policy-condition-operator';
import { isBroaderThanS3Limit, SOURCE_IP_PREFIX_LIMIT } from './policy-source-ip';

const SOURCE_IP = 'aws:sourceip';

/** What a statement's `Condition` does to a public principal, by S3's meaning of "public". */
export type ConditionLimit =
  /** A listed key compared with fixed values pins the callers (one is enough: every test must hold). */
  | { readonly kind: 'limited'; readonly key: string }
  /** Nothing limits the statement to known callers. */
  | { readonly kind: 'unlimited' }
  /** An `aws:SourceIp` range broader than S3 accepts: public whatever else the statement lists. */
  | { readonly kind: 'broadSourceIp'; readonly key: string; readonly cidr: string; readonly limit: number };

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
 * How the condition limits a statement, following the S3 User Guide's "The meaning of 'public'":
 * - a key of FIXED_VALUE_KEYS under a String or Arn operator that needs a match, every value fixed, limits;
 * - `aws:SourceIp` under IpAddress (needing a match) limits when every range is within /8 (IPv4) or /32
 *   (IPv6) and the ranges do not together cover a whole family;
 * - a range broader than those limits under a positive IpAddress test (whatever its qualifier or
 *   `IfExists`) makes the statement public whatever else the condition lists, as the guide's note reads;
 * - negated operators, `...IfExists`, `ForAllValues:` and other keys never limit.
 * Every value is read, so a malformed condition fails safe even where another key would limit.
 */
export function conditionLimit(item: ConfigurationItem, condition: unknown, field: string): ConditionLimit {
  if (condition === undefined || condition === null) return { kind: 'unlimited' };
  if (!isRecord(condition)) return malformed(item, field, 'is not an object', condition);
  let limitedBy: string | undefined;
  let broad: ConditionLimit | undefined;
  for (const [operatorName, tests] of Object.entries(condition)) {
    const operatorField = `${field}.${operatorName}`;
    if (!isRecord(tests)) return malformed(item, operatorField, 'is not an object', tests);
    const operator = parseConditionOperator(operatorName);
    for (const [key, value] of Object.entries(tests)) {
      const keyField = `${operatorField}.${key}`;
      const values = conditionValues(item, value, keyField);
      const folded = key.trim().toLowerCase();
      if (folded === SOURCE_IP && operator.family === 'ip') {
        const ranges: AddressRange[] = values.map((entry) => parseCidr(entry) ?? malformed(item, keyField, 'holds a value that is not a CIDR', entry));
        if (operator.negated) continue;
        const broadAt = ranges.findIndex(isBroaderThanS3Limit);
        const broadRange = ranges[broadAt];
        if (broadRange !== undefined) {
          broad ??= { kind: 'broadSourceIp', key, cidr: values[broadAt] ?? '', limit: SOURCE_IP_PREFIX_LIMIT[broadRange.family] };
        } else if (requiresMatch(operator) && ranges.length > 0 && !coversWholeFamily(ranges)) {
          limitedBy ??= key;
        }
        continue;
      }
      const isFixed = FIXED_VALUE_KEYS.get(folded);
      if (isFixed === undefined || (operator.family !== 'string' && operator.family !== 'arn') || !requiresMatch(operator)) continue;
      if (values.length > 0 && values.every(isFixed)) limitedBy ??= key;
    }
  }
  if (broad !== undefined) return broad;
  return limitedBy === undefined ? { kind: 'unlimited' } : { kind: 'limited', key: limitedBy };
}
