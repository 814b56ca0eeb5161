export { recordingConfigClient } from './recording-config-client';
export type { RecordingConfigClient, RecordingConfigClientOptions } from './recording-config-client';
export { toEvaluationResult } from './answer-compliance-details';
export type { PreviousEvaluation } from './answer-compliance-details';
export { UnfakedCommandError } from './unfaked-command-error';
