/**
 * The code to log for an error: a kit error's `code`, an AWS SDK error's name (its error code, e.g.
 * ThrottlingException), a Node system error's code (ECONNRESET), else the error's name.
 */
export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, name, Code } = error as { code?: unknown; name?: unknown; Code?: unknown };
  if (typeof code === 'string' && code !== '') return code;
  if (typeof Code === 'string' && Code !== '') return Code;
  if (typeof name === 'string' && name !== '') return name;
  return undefined;
}
