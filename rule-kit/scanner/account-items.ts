import { ACCOUNT_RESOURCE_TYPE } from '../collectors/account-item';
import type { ConfigurationItem } from '../configuration-item';
import { isRecord } from '../read-field';
import type { ItemPosition } from './item-position';

/**
 * The one type whose items are merged rather than superseded: the kit's pseudo-resource for collected
 * account facts. Each account-level collector (AccountSummary, Trails, GuardDuty, ServiceQuotas...)
 * yields its own item for the account, holding only its own keys; Config records no such type, so
 * together they are one resource.
 */
export const MERGED_RESOURCE_TYPE = ACCOUNT_RESOURCE_TYPE;

/** An account item as read, with where it came from. */
export interface HeldAccountItem {
  readonly item: ConfigurationItem;
  readonly seq: number;
  readonly file: number;
  readonly position: ItemPosition;
}

/** One account and region's items merged; `from` is the item whose envelope it keeps (the latest). */
export interface MergedAccountItem {
  readonly item: ConfigurationItem;
  readonly from: HeldAccountItem;
  /** How many items were merged into it (1 when the account had a single item). */
  readonly count: number;
}

/**
 * Merges the items of one account and region: the union of their top-level `configuration` keys;
 * where several items hold a key, the one with the latest capture time wins (the later in input on a
 * tie). Everything else (capture time, status, ARN...) is the latest item's. When that item has no
 * configuration (deleted, not recorded) or one that is not an object, it stands alone, as latest-wins
 * would have it: nothing current to merge into, and a malformed item is not papered over by older
 * ones (the rules report it). Earlier configurations that are not objects contribute no keys.
 */
export function mergeAccountItems(held: readonly HeldAccountItem[]): MergedAccountItem {
  const ordered = [...held].sort((a, b) => captureMs(a) - captureMs(b) || a.seq - b.seq);
  const latest = ordered[ordered.length - 1];
  if (latest === undefined) throw new RangeError('mergeAccountItems needs at least one item');
  if (ordered.length === 1 || !isRecord(latest.item.configuration)) return { item: latest.item, from: latest, count: ordered.length };
  const configuration: Record<string, unknown> = {};
  for (const { item } of ordered) if (isRecord(item.configuration)) Object.assign(configuration, item.configuration);
  return { item: { ...latest.item, configuration }, from: latest, count: ordered.length };
}

function captureMs(held: HeldAccountItem): number {
  return Date.parse(held.item.configurationItemCaptureTime);
}

/**
 * Account items held until the input is complete (they are few: one per collector, account and
 * region), then merged per account and region in the order each scope was first seen.
 */
export class AccountItems {
  private readonly scopes = new Map<string, HeldAccountItem[]>();

  add(held: HeldAccountItem): void {
    const key = `${held.item.awsAccountId}\u0000${held.item.awsRegion}`;
    const list = this.scopes.get(key);
    if (list === undefined) this.scopes.set(key, [held]);
    else list.push(held);
  }

  *merged(): Generator<MergedAccountItem> {
    for (const held of this.scopes.values()) yield mergeAccountItems(held);
    this.scopes.clear();
  }
}
