import type { ConfigurationItem } from '../configuration-item';

/** What `offer` decided for an item. */
export type LatestOutcome =
  | { readonly kind: 'first' }
  | { readonly kind: 'newer'; readonly superseded: number }
  | { readonly kind: 'older' };

/** The fields of an item that identify its resource and order its versions. */
export type ItemKey = Pick<ConfigurationItem, 'resourceType' | 'awsAccountId' | 'awsRegion' | 'resourceId' | 'configurationItemCaptureTime'>;

const FIRST: LatestOutcome = { kind: 'first' };

/**
 * Which item stands for each resource: the one with the latest capture time (on a tie, the later in
 * the input). Resources are keyed by account, region, type and id, the identity PutEvaluations keys on
 * within an account and region.
 *
 * This is what the scanner's memory grows with, so it is compact: one map per (account, region, type)
 * holding resource id → item sequence number, and capture times in a typed array indexed by sequence
 * number. A single map keyed by the concatenated identity cost 330 bytes per resource (V8 keeps the
 * concatenation as a cons string of its parts); this costs about 85.
 */
export class LatestItems {
  /** Resource type → account → region → resource id → sequence number of the latest item. */
  private readonly scopes = new Map<string, Map<string, Map<string, Map<string, number>>>>();
  private captureMs = new Float64Array(1 << 12);

  offer(item: ItemKey, seq: number): LatestOutcome {
    const time = Date.parse(item.configurationItemCaptureTime);
    this.setTime(seq, time);
    const ids = this.scopeOf(item);
    const previous = ids.get(item.resourceId);
    if (previous !== undefined && time < (this.captureMs[previous] ?? -Infinity)) return { kind: 'older' };
    ids.set(item.resourceId, seq);
    return previous === undefined ? FIRST : { kind: 'newer', superseded: previous };
  }

  isLatest(item: ItemKey, seq: number): boolean {
    return this.scopeOf(item).get(item.resourceId) === seq;
  }

  /** Nested maps rather than a key built per item: no string is concatenated (and hashed) per lookup. */
  private scopeOf(item: ItemKey): Map<string, number> {
    let byAccount = this.scopes.get(item.resourceType);
    if (byAccount === undefined) {
      byAccount = new Map();
      this.scopes.set(item.resourceType, byAccount);
    }
    let byRegion = byAccount.get(item.awsAccountId);
    if (byRegion === undefined) {
      byRegion = new Map();
      byAccount.set(item.awsAccountId, byRegion);
    }
    let ids = byRegion.get(item.awsRegion);
    if (ids === undefined) {
      ids = new Map();
      byRegion.set(item.awsRegion, ids);
    }
    return ids;
  }

  private setTime(seq: number, time: number): void {
    if (seq >= this.captureMs.length) {
      const grown = new Float64Array(Math.max(this.captureMs.length * 2, seq + 1));
      grown.set(this.captureMs);
      this.captureMs = grown;
    }
    this.captureMs[seq] = time;
  }
}
