/**
 * Keeps secrets out of log lines. Keys that name a secret are redacted whatever their value, strings
 * that look like AWS access key ids are masked wherever they appear, and values registered as secrets
 * (the ResultToken, for one) are masked inside any string, including messages.
 */

export const REDACTED = '[redacted]';

const SECRET_KEY = /secret|token|password|credential|sessiontoken|accesskey|authorization|cookie/i;
// Long-term (AKIA) and temporary (ASIA) access key ids.
const ACCESS_KEY_ID = /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g;
const MAX_DEPTH = 8;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

function maskString(text: string, secrets: readonly string[]): string {
  let masked = text.replace(ACCESS_KEY_ID, REDACTED);
  for (const secret of secrets) {
    if (secret !== '') masked = masked.split(secret).join(REDACTED);
  }
  return masked;
}

/** A JSON-safe copy of `value` with secrets removed. Cycles, functions and bigints are rendered safely. */
export function redact(value: unknown, secrets: readonly string[] = [], depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return maskString(value, secrets);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  seen.add(value);
  try {
    if (value instanceof Error) return redactError(value, secrets, depth, seen);
    if (Array.isArray(value)) return value.map((item) => redact(item, secrets, depth + 1, seen));
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      result[key] = isSecretKey(key) ? REDACTED : redact(item, secrets, depth + 1, seen);
    }
    return result;
  } finally {
    seen.delete(value);
  }
}

function redactError(error: Error, secrets: readonly string[], depth: number, seen: WeakSet<object>): Record<string, unknown> {
  const result: Record<string, unknown> = { name: error.name, message: maskString(error.message, secrets) };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') result['code'] = code;
  if (error.cause !== undefined) result['cause'] = redact(error.cause, secrets, depth + 1, seen);
  return result;
}
