export { createHandler } from './create-handler';
export type { ConfigRuleHandler, HandlerOptions, InvocationReport } from './create-handler';
export { EvaluationFailedError } from './evaluation-failed-error';
export type { FailedResource } from './evaluation-failed-error';
export { TriggerMismatchError } from './trigger-mismatch-error';
export { runInvocation } from './run-invocation';
export type { InvocationDependencies, InvocationOutcome } from './run-invocation';
