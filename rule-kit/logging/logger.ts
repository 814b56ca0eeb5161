import { errorCodeOf } from './error-code';
import { REDACTED, isSecretKey, redact } from './redact';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const LEVEL_ORDER: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40 };

/** The fields every line may carry; any other JSON-able field is allowed too. */
export interface LogFields {
  readonly resourceType?: string | undefined;
  readonly resourceId?: string | undefined;
  readonly compliance?: string | undefined;
  readonly errorCode?: string | undefined;
  /** An error to describe: rendered as { name, message, code } and filling `errorCode` when absent. */
  readonly error?: unknown;
  readonly [field: string]: unknown;
}

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line. */
  child(fields: LogFields): Logger;
  /** A logger that masks `secret` wherever it appears in a line (for values such as the ResultToken). */
  withSecret(secret: string): Logger;
}

export interface CreateLoggerOptions {
  /** The rule id (or Config rule name): on every line. */
  readonly rule: string;
  /** Where each JSON line goes; defaults to console.log, which Lambda sends to CloudWatch Logs. */
  readonly sink?: (line: string) => void;
  /** Lines below this level are dropped; defaults to LOG_LEVEL from the environment, else info. */
  readonly level?: LogLevel;
  /** Clock for the `time` field; injectable so tests are deterministic. */
  readonly now?: () => Date;
}

function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LEVEL_ORDER, value);
}

function levelFromEnvironment(): LogLevel {
  const value = process.env['LOG_LEVEL']?.trim().toLowerCase();
  return isLogLevel(value) ? value : 'info';
}

interface LoggerState {
  readonly rule: string;
  readonly sink: (line: string) => void;
  readonly threshold: number;
  readonly now: () => Date;
  readonly bound: LogFields;
  readonly secrets: readonly string[];
}

function render(state: LoggerState, level: LogLevel, message: string, fields: LogFields | undefined): string {
  const merged: Record<string, unknown> = { ...state.bound, ...fields };
  const error = merged['error'];
  if (error !== undefined && merged['errorCode'] === undefined) {
    const code = errorCodeOf(error);
    if (code !== undefined) merged['errorCode'] = code;
  }
  const line: Record<string, unknown> = {
    level,
    time: state.now().toISOString(),
    message,
    rule: state.rule,
  };
  for (const [key, value] of Object.entries(merged)) {
    // The fixed fields above cannot be overridden by a caller's field of the same name.
    if (key in line) continue;
    line[key] = isSecretKey(key) ? REDACTED : value;
  }
  return JSON.stringify(redact(line, state.secrets));
}

function build(state: LoggerState): Logger {
  const write = (level: LogLevel) => (message: string, fields?: LogFields) => {
    if (LEVEL_ORDER[level] < state.threshold) return;
    state.sink(render(state, level, message, fields));
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (fields) => build({ ...state, bound: { ...state.bound, ...fields } }),
    withSecret: (secret) => build({ ...state, secrets: [...state.secrets, secret] }),
  };
}

/**
 * Structured logs: one JSON object per line with level, time, message, rule and the caller's fields
 * (resourceType, resourceId, compliance, errorCode, ...). Secrets never reach the sink: see redact.ts.
 */
export function createLogger(options: CreateLoggerOptions): Logger {
  return build({
    rule: options.rule,
    // Lambda sends stdout to CloudWatch Logs.
    sink: options.sink ?? ((line) => console.log(line)),
    threshold: LEVEL_ORDER[options.level ?? levelFromEnvironment()],
    now: options.now ?? (() => new Date()),
    bound: {},
    secrets: [],
  });
}

/** A logger that writes nothing: the default where logging is optional. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
  withSecret: () => silentLogger,
};
