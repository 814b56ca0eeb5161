/**
 * An IAM condition operator taken apart: `ForAnyValue:StringEqualsIfExists` is the set qualifier
 * `ForAnyValue`, the test `StringEquals` and the `IfExists` suffix. Names are matched case-insensitively,
 * as the rule reads every policy spelling Config records.
 */
export interface ConditionOperator {
  readonly qualifier: 'ForAnyValue' | 'ForAllValues' | undefined;
  /** `string` for String*, `arn` for Arn*, `ip` for IpAddress / NotIpAddress, `other` for the rest. */
  readonly family: 'string' | 'arn' | 'ip' | 'other';
  /** StringNotEquals, StringNotLike, ArnNotEquals, ArnNotLike, NotIpAddress...: true for everyone else. */
  readonly negated: boolean;
  /** `...IfExists` is true for a request without the key. */
  readonly ifExists: boolean;
}

export function parseConditionOperator(operator: string): ConditionOperator {
  let name = operator.trim().toLowerCase();
  let qualifier: ConditionOperator['qualifier'];
  if (name.startsWith('foranyvalue:')) {
    qualifier = 'ForAnyValue';
    name = name.slice('foranyvalue:'.length);
  } else if (name.startsWith('forallvalues:')) {
    qualifier = 'ForAllValues';
    name = name.slice('forallvalues:'.length);
  }
  const ifExists = name.endsWith('ifexists');
  if (ifExists) name = name.slice(0, -'ifexists'.length);
  const family = name.startsWith('string') ? 'string' : name.startsWith('arn') ? 'arn' : name === 'ipaddress' || name === 'notipaddress' ? 'ip' : 'other';
  const negated = name.includes('not');
  return { qualifier, family, negated, ifExists };
}

/**
 * True when the operator holds only for requests that carry the key with a matching value, so that fixed
 * values pin the callers. A negated operator admits everyone else; `...IfExists` admits requests without
 * the key; `ForAllValues:` is true for a missing or empty key (IAM's documented behaviour). `ForAnyValue:`
 * needs a match, like the plain operator.
 */
export function requiresMatch(operator: ConditionOperator): boolean {
  return !operator.negated && !operator.ifExists && operator.qualifier !== 'ForAllValues';
}
