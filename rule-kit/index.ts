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
  RelatedResource,
  RuleDefinition,
  TriggerKind,
} from './define-rule';
export * from './errors';
export * from './parameters';
export * from './read-field';
export { evaluateItem, notApplicableReason } from './evaluate/evaluate-item';
export type { EvaluateItemOptions } from './evaluate/evaluate-item';
export type {
  ChangeInvocation,
  ConfigRuleEvent,
  ConfigurationItemSummary,
  Invocation,
  MessageType,
  OversizedChangeInvocation,
  ScheduledInvocation,
} from './event/config-rule-event';
export * from './collectors';
export * from './evaluations';
export * from './items';
export * from './network';
