export { recordItem } from './record-item';
export type { RecordOptions } from './record-item';
export { redact } from './redact';
export type { Redaction } from './redact';
export { ResourceNotRecordedError } from './resource-not-recorded-error';
