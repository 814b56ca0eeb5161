export { errorCodeOf } from './error-code';
export { createLogger, silentLogger } from './logger';
export type { CreateLoggerOptions, LogFields, Logger, LogLevel } from './logger';
export { REDACTED, isSecretKey, redact } from './redact';
