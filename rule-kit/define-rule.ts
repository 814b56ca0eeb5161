import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { RESOURCE_TYPE_PATTERN, type ConfigurationItem, type ResourceKey, type ResourceType } from './configuration-item';
import type { Verdict } from './compliance';
import { RuleDefinitionError } from './errors';
import type { ParameterSpecs, ParameterValues } from './parameters';
import { isSeverity, SEVERITIES, type Severity } from './severity';

/** How Config invokes a rule: on each configuration change, on a schedule, or both. */
export type TriggerKind = 'change' | 'periodic';

/**
 * A rule's declared `related` resources for one item, by the names the rule gave them: the item Config
 * holds now, or undefined when the resource was deleted or never recorded (see `RelatedResources`).
 */
export type RelatedItems = Readonly<Record<string, ConfigurationItem | undefined>>;

/** What `evaluate` may know beyond the item itself; filled by the kit (Lambda) or the scanner (offline). */
export interface EvaluationContext<R = unknown> {
  readonly related: RelatedItems;
  /**
   * What the rule's `prepare` made of its parameters, once per invocation or scan (undefined for a rule
   * without `prepare`).
   */
  readonly prepared: R;
}

/** A pure function: same item and params, same verdict. No I/O, no clock. */
export type Evaluator<P extends ParameterSpecs, R = unknown> = (
  item: ConfigurationItem,
  params: ParameterValues<P>,
  context: EvaluationContext<R>,
) => Verdict;

/** A constructor of an AWS SDK v3 client, e.g. `EC2Client`. */
export type ClientConstructor<C> = new (config: {
  region: string;
  credentials?: AwsCredentialIdentityProvider;
}) => C;

/** Everything a collector may use; clients come with the right region and (cross-account) credentials. */
export interface CollectorContext {
  client<C>(ctor: ClientConstructor<C>): C;
  readonly accountId: string;
  readonly region: string;
  readonly partition: string;
  /** The notification's creation time: a collected item's capture time. */
  readonly notificationTime: string;
}

/**
 * Reads AWS APIs for facts Config does not record and yields them as configuration items
 * (notification shape, status `OK`), so the rule stays a pure evaluator.
 */
export type Collector = (context: CollectorContext) => AsyncIterable<ConfigurationItem>;

/** Another Config resource the evaluation needs, e.g. the account-level S3 public access block. */
export interface RelatedResource {
  readonly resourceType: ResourceType;
  readonly resourceId: (item: ConfigurationItem) => string;
  /**
   * Lambda only: how to read the resource from its service when Config holds no live item for it (a
   * recorder that does not record the type). Its IAM actions must be among the rule's `permissions`, so
   * the templates grant them.
   */
  readonly liveFallback?: LiveFallback;
}

/** Reads a related resource live, as an item in the shape Config records it (see `RelatedResource`). */
export interface LiveFallback {
  readonly permissions: readonly string[];
  read(context: CollectorContext, key: ResourceKey): Promise<ConfigurationItem>;
}

export interface RuleDefinition<P extends ParameterSpecs = ParameterSpecs, R = unknown> {
  /** Kebab-case; the folder name, the default Config rule name in the pack, and the CLI's name for it. */
  readonly id: string;
  /** One sentence, at most 256 characters (the Config rule description limit). */
  readonly description: string;
  readonly resourceTypes: readonly ResourceType[];
  readonly triggers: readonly TriggerKind[];
  readonly parameters: P;
  /**
   * Checks that span parameters (e.g. "not both off"), once, up front, after each value is coerced.
   * Throws InvalidParameterError; the kit then reports nothing.
   */
  checkParameters?(params: ParameterValues<P>): void;
  /**
   * Works out, once per invocation or scan (after `checkParameters`), what every evaluation needs from
   * the parameters, such as a lookup table; `evaluate` gets it as `context.prepared`. Pure, like `evaluate`.
   */
  prepare?(params: ParameterValues<P>): R;
  /** Pure: same item and params, same verdict. (Method syntax so any rule fits `RuleDefinition`.) */
  evaluate(item: ConfigurationItem, params: ParameterValues<P>, context: EvaluationContext<R>): Verdict;
  readonly collector?: Collector;
  readonly related?: Readonly<Record<string, RelatedResource>>;
  /** IAM actions the rule's Lambda needs beyond config:PutEvaluations (collector and related reads). */
  readonly permissions: readonly string[];
  /** Lambda timeout sized for the rule; defaults to 60. */
  readonly timeoutSeconds?: number;
  /** How urgent a NON_COMPLIANT result is (alert subjects and attributes); defaults to MEDIUM. */
  readonly severity?: Severity;
}

export const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const PARAMETER_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const IAM_ACTION = /^[a-z0-9-]+:[A-Za-z0-9]+$/;

/**
 * Declares a rule. Checks the definition when the module loads, so a broken rule fails its own tests
 * and the pack generator, never a deployed Lambda.
 *
 * @example
 * export const rule = defineRule({
 *   id: 'ebs-volume-encrypted',
 *   description: 'Checks that EBS volumes are encrypted.',
 *   resourceTypes: ['AWS::EC2::Volume'],
 *   triggers: ['change'],
 *   parameters: {},
 *   permissions: [],
 *   evaluate(item) {
 *     const encrypted = requireBoolean(item, configurationOf(item)['encrypted'], 'configuration.encrypted');
 *     return encrypted ? compliant() : nonCompliant(`Volume ${item.resourceId} is not encrypted.`);
 *   },
 * });
 */
export function defineRule<const P extends ParameterSpecs, R = undefined>(definition: RuleDefinition<P, R>): RuleDefinition<P, R> {
  const fail = (field: string, reason: string): never => {
    throw new RuleDefinitionError(definition.id, field, reason);
  };
  if (!RULE_ID.test(definition.id) || definition.id.length > 64) fail('id', 'must be kebab-case, at most 64 characters');
  if (definition.description.trim() === '' || definition.description.length > 256) {
    fail('description', 'must be 1 to 256 characters');
  }
  if (definition.resourceTypes.length === 0) fail('resourceTypes', 'must name at least one resource type');
  for (const type of definition.resourceTypes) {
    if (!RESOURCE_TYPE_PATTERN.test(type)) fail('resourceTypes', `has an invalid resource type ${type}`);
  }
  if (definition.triggers.length === 0) fail('triggers', 'must include change, periodic or both');
  if (definition.collector && !definition.triggers.includes('periodic')) {
    fail('collector', 'only runs on periodic triggers; add "periodic" to triggers');
  }
  for (const name of Object.keys(definition.parameters)) {
    if (!PARAMETER_NAME.test(name)) fail(`parameters.${name}`, 'must be alphanumeric, starting with a letter');
  }
  for (const action of definition.permissions) {
    if (!IAM_ACTION.test(action)) fail('permissions', `has ${action}, which is not a single IAM action (no wildcards)`);
  }
  for (const [name, spec] of Object.entries(definition.related ?? {})) {
    for (const action of spec.liveFallback?.permissions ?? []) {
      if (!definition.permissions.includes(action)) fail(`related.${name}.liveFallback`, `needs ${action}, which is not in permissions`);
    }
  }
  const timeout = definition.timeoutSeconds;
  if (timeout !== undefined && (!Number.isInteger(timeout) || timeout < 3 || timeout > 900)) {
    fail('timeoutSeconds', 'must be a whole number from 3 to 900');
  }
  if (definition.severity !== undefined && !isSeverity(definition.severity)) {
    fail('severity', `must be one of ${SEVERITIES.join(', ')}`);
  }
  return Object.freeze(definition);
}
