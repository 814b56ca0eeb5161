/** The two kinds of public access the rule reports on, switched by `checkRead` / `checkWrite`. */
export type Access = 'read' | 'write';

export const READ_AND_WRITE: readonly Access[] = ['read', 'write'];

/** `read`, `write` or `read and write`, for annotations. */
export function describeAccess(access: readonly Access[]): string {
  const read = access.includes('read');
  const write = access.includes('write');
  return read && write ? 'read and write' : read ? 'read' : 'write';
}
