import {
  type ConfigurationItem,
  configurationOf,
  isRecord,
  type JsonRecord,
  MalformedConfigurationItemError,
  optionalArray,
  requireRecord,
  requireString,
} from '../../rule-kit';
import { INSPECTOR_KEY } from './inspector-record';
import { SCAN_TYPES, type ScanType } from './scan-types';

/** One scan type's state: `Status` as Inspector reports it and its error code, when any. */
export interface ScanState {
  readonly status: string | undefined;
  readonly errorCode: string | undefined;
}

export type InspectorFacts =
  | { readonly kind: 'unavailable'; readonly reason: string }
  | { readonly kind: 'failed'; readonly errorCode: string; readonly errorMessage: string }
  | { readonly kind: 'status'; readonly account: ScanState; readonly scans: Readonly<Record<ScanType, ScanState>> };

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function stateOf(value: unknown): ScanState {
  return isRecord(value) ? { status: text(value['status']), errorCode: text(value['errorCode']) } : { status: undefined, errorCode: undefined };
}

function accountEntry(entries: readonly unknown[], accountId: string): JsonRecord | undefined {
  return entries.find((entry): entry is JsonRecord => isRecord(entry) && entry['accountId'] === accountId);
}

/**
 * Reads `configuration.Inspector2` for the item's account (`resourceId`). Without the key, or without an
 * entry for the account in either `Accounts` or `FailedAccounts`, the item cannot be evaluated
 * (MalformedConfigurationItemError). Unreadable states become undefined, which never counts as enabled.
 */
export function readInspector(item: ConfigurationItem): InspectorFacts {
  const field = `configuration.${INSPECTOR_KEY}`;
  const inspector = requireRecord(item, configurationOf(item)[INSPECTOR_KEY], field);
  const unavailable = inspector['Unavailable'];
  if (unavailable !== undefined && unavailable !== null) {
    const record = requireRecord(item, unavailable, `${field}.Unavailable`);
    return { kind: 'unavailable', reason: requireString(item, record['Reason'], `${field}.Unavailable.Reason`) };
  }
  const account = accountEntry(optionalArray(item, inspector['Accounts'], `${field}.Accounts`), item.resourceId);
  if (account !== undefined) {
    const resources = isRecord(account['resourceState']) ? account['resourceState'] : {};
    const scans = Object.fromEntries(SCAN_TYPES.map((type) => [type, stateOf(resources[type])])) as Record<ScanType, ScanState>;
    return { kind: 'status', account: stateOf(account['state']), scans };
  }
  const failed = accountEntry(optionalArray(item, inspector['FailedAccounts'], `${field}.FailedAccounts`), item.resourceId);
  if (failed !== undefined) {
    return { kind: 'failed', errorCode: text(failed['errorCode']) ?? 'unknown error', errorMessage: text(failed['errorMessage']) ?? '' };
  }
  throw new MalformedConfigurationItemError(`${field}.Accounts`, item.resourceType, item.resourceId, 'has no entry for the account, nor has FailedAccounts');
}
