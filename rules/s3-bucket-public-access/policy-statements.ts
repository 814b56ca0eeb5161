import { type ConfigurationItem, isRecord, jsonField, type JsonRecord, MalformedConfigurationItemError } from '../../rule-kit';
import { READ_AND_WRITE, type Access } from './access';
import { fieldIgnoringCase } from './field-ignoring-case';
import { actionsAccess } from './policy-actions';
import { conditionLimit, type ConditionLimit } from './policy-conditions';

export const POLICY_FIELD = 'supplementaryConfiguration.BucketPolicy';

export interface PolicyStatement {
  /** Position in the policy's statement list, from 0. */
  readonly index: number;
  readonly sid?: string;
  readonly effect: 'Allow' | 'Deny';
  readonly principal: { readonly negated: boolean; readonly value: unknown };
  readonly actions: { readonly negated: boolean; readonly names: readonly string[] };
  readonly condition: unknown;
}

export interface PublicStatement {
  readonly index: number;
  readonly sid?: string;
  readonly access: readonly Access[];
  /** How the statement reaches everyone: `Principal "*"`, `NotPrincipal`... */
  readonly principal: string;
  readonly actions: readonly string[];
  readonly actionsNegated: boolean;
  /** Why the condition does not keep the public out: none limits it, or a SourceIp range is too broad. */
  readonly condition: Exclude<ConditionLimit, { readonly kind: 'limited' }>;
}

function malformed(item: ConfigurationItem, field: string, reason: string, value: unknown): never {
  throw new MalformedConfigurationItemError(field, item.resourceType, item.resourceId, reason, value);
}

function stringList(item: ConfigurationItem, value: unknown, field: string): readonly string[] {
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0 || values.some((entry) => typeof entry !== 'string')) {
    return malformed(item, field, 'is not a string or a non-empty list of strings', value);
  }
  return values as string[];
}

/**
 * The policy document, or undefined when the bucket has none. Config records `BucketPolicy` as
 * `{"policyText": "<policy JSON>"}`, itself sometimes a JSON string, and `{"policyText": null}` for a
 * bucket without a policy. A missing `BucketPolicy` is malformed: Config always records it.
 */
export function readBucketPolicy(item: ConfigurationItem, raw: unknown): JsonRecord | undefined {
  if (raw === undefined || raw === null) return malformed(item, POLICY_FIELD, 'is missing', raw);
  const wrapper = jsonField(item, raw, POLICY_FIELD);
  if (!isRecord(wrapper)) return malformed(item, POLICY_FIELD, 'is not an object', wrapper);
  const textField = `${POLICY_FIELD}.policyText`;
  const text = fieldIgnoringCase(wrapper, 'policyText');
  if (text === null) return undefined;
  if (text === undefined) return malformed(item, textField, 'is missing', wrapper);
  const document = jsonField(item, text, textField);
  return isRecord(document) ? document : malformed(item, textField, 'is not a policy document', document);
}

function readStatement(item: ConfigurationItem, value: unknown, index: number): PolicyStatement {
  const field = `${POLICY_FIELD}.policyText.Statement[${index}]`;
  if (!isRecord(value)) return malformed(item, field, 'is not an object', value);
  const effect = fieldIgnoringCase(value, 'Effect');
  if (typeof effect !== 'string' || !['allow', 'deny'].includes(effect.toLowerCase())) {
    return malformed(item, `${field}.Effect`, 'is neither Allow nor Deny', effect);
  }
  const principal = value['Principal'];
  const notPrincipal = value['NotPrincipal'];
  if ((principal === undefined) === (notPrincipal === undefined)) {
    return malformed(item, field, 'must have exactly one of Principal and NotPrincipal', value);
  }
  const action = value['Action'];
  const notAction = value['NotAction'];
  if ((action === undefined) === (notAction === undefined)) {
    return malformed(item, field, 'must have exactly one of Action and NotAction', value);
  }
  const sid = value['Sid'];
  if (sid !== undefined && typeof sid !== 'string') return malformed(item, `${field}.Sid`, 'is not a string', sid);
  return {
    index,
    ...(typeof sid === 'string' && sid !== '' ? { sid } : {}),
    effect: effect.toLowerCase() === 'allow' ? 'Allow' : 'Deny',
    principal: principal === undefined ? { negated: true, value: notPrincipal } : { negated: false, value: principal },
    actions:
      action === undefined
        ? { negated: true, names: stringList(item, notAction, `${field}.NotAction`) }
        : { negated: false, names: stringList(item, action, `${field}.Action`) },
    condition: value['Condition'],
  };
}

/** The statements of a policy document; `Statement` may be one object or a list. */
export function readStatements(item: ConfigurationItem, document: JsonRecord): readonly PolicyStatement[] {
  const statement = document['Statement'];
  const field = `${POLICY_FIELD}.policyText.Statement`;
  if (statement === undefined || statement === null) return malformed(item, field, 'is missing', statement);
  const list = Array.isArray(statement) ? statement : [statement];
  return list.map((entry, index) => readStatement(item, entry, index));
}

const WILDCARD = /[*?]/;

/**
 * How a principal admits the public, or undefined when it names fixed principals. The S3 User Guide
 * counts as non-public only "fixed values (values that don't contain a wildcard ...)" of "an AWS
 * principal, user, role, or service principal": so `"*"`, `{"AWS": "*"}`, and any principal with a
 * wildcard in it (`arn:aws:iam::*:root`) are public; and a `Federated` principal is public, whatever the
 * provider, since it admits the provider's users (the guide's first public example is
 * `{"Federated": "graph.facebook.com"}` allowing `s3:PutObject`).
 */
function publicPrincipal(item: ConfigurationItem, value: unknown, field: string): string | undefined {
  const values: { readonly type?: string; readonly entry: unknown }[] = isRecord(value)
    ? Object.entries(value).flatMap(([type, entries]) => (Array.isArray(entries) ? entries : [entries]).map((entry) => ({ type, entry })))
    : (Array.isArray(value) ? value : [value]).map((entry) => ({ entry }));
  if (values.length === 0) return malformed(item, field, 'names no principal', value);
  let found: string | undefined;
  for (const { type, entry } of values) {
    if (typeof entry !== 'string') return malformed(item, field, 'holds a principal that is not a string', value);
    const label = type === undefined ? `Principal "${entry}"` : `Principal {"${type}": "${entry}"}`;
    if (WILDCARD.test(entry) || type?.toLowerCase() === 'federated') found ??= label;
  }
  return found;
}

/**
 * Allow statements that reach everyone for the access they grant: a public principal (or any
 * `NotPrincipal`, which allows everyone but the listed principals) and no condition that limits it to
 * known callers. A statement whose actions touch nothing in S3 is left out. `NotAction` allows every
 * action but the listed ones, so it counts as read and write.
 */
export function publicStatements(item: ConfigurationItem, statements: readonly PolicyStatement[]): readonly PublicStatement[] {
  return statements.flatMap((statement): PublicStatement[] => {
    const field = `${POLICY_FIELD}.policyText.Statement[${statement.index}]`;
    const principalField = `${field}.${statement.principal.negated ? 'NotPrincipal' : 'Principal'}`;
    // Read every statement, Deny ones too, so a malformed policy is never half-trusted.
    const everyone = publicPrincipal(item, statement.principal.value, principalField);
    const condition = conditionLimit(item, statement.condition, `${field}.Condition`);
    if (statement.effect !== 'Allow' || condition.kind === 'limited') return [];
    const principal = statement.principal.negated ? 'NotPrincipal (everyone but the listed principals)' : everyone;
    if (principal === undefined) return [];
    const access = statement.actions.negated ? READ_AND_WRITE : actionsAccess(statement.actions.names);
    if (access.length === 0) return [];
    return [
      {
        index: statement.index,
        ...(statement.sid === undefined ? {} : { sid: statement.sid }),
        access,
        principal,
        actions: statement.actions.names,
        actionsNegated: statement.actions.negated,
        condition,
      },
    ];
  });
}

/** `bucket policy statement "PublicRead" (#2)`, or `#2` alone without a Sid; numbered from 1. */
export function statementName(statement: Pick<PublicStatement, 'index' | 'sid'>): string {
  const number = `#${statement.index + 1}`;
  return `bucket policy statement ${statement.sid === undefined ? number : `"${statement.sid}" (${number})`}`;
}

export function describeStatement(statement: PublicStatement): string {
  const shown = statement.actions.slice(0, 3).join(', ') + (statement.actions.length > 3 ? ', ...' : '');
  const actions = statement.actionsNegated ? `every action but ${shown}` : shown;
  const why =
    statement.condition.kind === 'broadSourceIp'
      ? `from ${statement.condition.key} ${statement.condition.cidr}, broader than the /${statement.condition.limit} S3 treats as non-public`
      : 'with no condition limiting it to known callers';
  return `${statementName(statement)}: ${statement.principal} allows ${actions} ${why}`;
}
