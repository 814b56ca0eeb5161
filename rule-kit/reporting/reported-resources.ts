import type { ComplianceType } from '../compliance';
import type { ResourceKey } from '../configuration-item';

/** Seen by the run, but nothing was sent for it (its evaluation failed). */
const NOTHING_SENT = 'NOTHING_SENT';
type Sent = ComplianceType | typeof NOTHING_SENT;

/**
 * What a periodic run must remember of every resource once its evaluation is sent, and nothing more:
 * that the run saw it (so the stale-result cleanup leaves it alone) and which compliance was sent (so a
 * later evaluation of the same resource can only make it worse). One shared string per resource,
 * grouped by type so the type string is held once: about 70 bytes per resource in V8 (100,000 snapshot
 * ids: about 7 MB), against the evaluation objects a whole-run list would hold. The cleanup has to know
 * every resource seen, so some per-resource state is unavoidable; this is the least of it.
 */
export class ReportedResources {
  private readonly byType = new Map<string, Map<string, Sent>>();

  /** Whether the run saw the resource, with or without sending an evaluation for it. */
  has(key: ResourceKey): boolean {
    return this.byType.get(key.resourceType)?.has(key.resourceId) ?? false;
  }

  /** The compliance already sent for the resource, or undefined when none was sent. */
  sentCompliance(key: ResourceKey): ComplianceType | undefined {
    const sent = this.byType.get(key.resourceType)?.get(key.resourceId);
    return sent === undefined || sent === NOTHING_SENT ? undefined : sent;
  }

  /** The run saw the resource but sends nothing for it: it keeps its previous result. */
  markSeen(key: ResourceKey): void {
    if (!this.has(key)) this.ids(key.resourceType).set(key.resourceId, NOTHING_SENT);
  }

  markSent(key: ResourceKey, compliance: ComplianceType): void {
    this.ids(key.resourceType).set(key.resourceId, compliance);
  }

  private ids(resourceType: string): Map<string, Sent> {
    let ids = this.byType.get(resourceType);
    if (ids === undefined) {
      ids = new Map();
      this.byType.set(resourceType, ids);
    }
    return ids;
  }
}
