export type {
  ConfigurationItem,
  ConfigurationItemStatus,
  Relationship,
  ResourceKey,
  ResourceType,
} from './configuration-item';
export { CONFIGURATION_ITEM_STATUSES } from './configuration-item';
export { COMPLIANCE_TYPES, compliant, nonCompliant, notApplicable } from './compliance';
export type { ComplianceType, Verdict } from './compliance';
export { defineRule } from './define-rule';
export type {
  ClientConstructor,
  Collector,
  CollectorContext,
  EvaluationContext,
  Evaluator,
  RelatedItems,
  RelatedResource,
  RuleDefinition,
  TriggerKind,
} from './define-rule';
export * from './errors';
export * from './parameters';
export * from './read-field';
export { evaluateItem, evaluatePrepared, notApplicableReason } from './evaluate/evaluate-item';
export { prepareRule, withParams } from './evaluate/prepare-rule';
export type { PreparedRule } from './evaluate/prepare-rule';
export { resolveParameters } from './evaluate/resolve-parameters';
export type { EvaluateItemOptions } from './evaluate/evaluate-item';
export * from './event';
export * from './handler';
export * from './aws';
export * from './collectors';
export * from './evaluations';
export * from './items';
export * from './network';
export * from './reporting';
export * from './logging';
