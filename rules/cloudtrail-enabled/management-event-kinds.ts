/**
 * The management events a trail must record, from the managed rule's `readWriteType` ("Type of events to
 * record. Valid values are ReadOnly, WriteOnly and ALL"), read case-insensitively; unset means ALL, the
 * Security Hub CloudTrail.1 setting.
 */
export interface ManagementEventKinds {
  readonly read: boolean;
  readonly write: boolean;
}

export const READ_WRITE_TYPE_PATTERN = /^(readonly|writeonly|all)$/i;

export function managementEventKinds(readWriteType: string | undefined): ManagementEventKinds {
  const type = readWriteType?.toLowerCase();
  return { read: type !== 'writeonly', write: type !== 'readonly' };
}

/** `read and write`, `read` or `write`, for annotations. */
export function describeKinds(kinds: ManagementEventKinds): string {
  return kinds.read && kinds.write ? 'read and write' : kinds.read ? 'read' : 'write';
}
