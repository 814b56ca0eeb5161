export { ANNOTATION_MAX_LENGTH, TRUNCATION_MARKER, truncateAnnotation } from './annotation';
export { RESOURCE_ID_MAX_LENGTH, RESOURCE_TYPE_MAX_LENGTH, toEvaluation } from './build-evaluation';
export type { ReportableEvaluation } from './build-evaluation';
export { ANNOTATION_SEPARATOR, mergeEvaluations } from './merge-evaluations';
