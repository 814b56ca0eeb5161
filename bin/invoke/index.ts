export { liveCapture, offlineCapture } from './capture-evaluations';
export type { EvaluationCapture } from './capture-evaluations';
export { evaluationsJson, evaluationsTable } from './format-evaluations';
export { invocationEvents } from './invocation-events';
export type { InvocationInput } from './invocation-events';
export { invokeRule } from './invoke-rule';
export type { InvokeOptions, InvokeOutcome, RuleHandler } from './invoke-rule';
