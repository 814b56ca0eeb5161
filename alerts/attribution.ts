import type { ChangeEvent } from './change-event';

/**
 * What the alert can say about who made the change, honestly: the calls found, or why none is named.
 * - `found`: CloudTrail records of the change (latest first).
 * - `periodic`: a scheduled evaluation; no single call caused it.
 * - `not-yet-known`: nothing found yet; CloudTrail can take up to 15 minutes to show a call.
 * - `unavailable`: the lookup failed (the alert still goes out, with the reason).
 */
export type Attribution =
  | { readonly kind: 'found'; readonly events: readonly ChangeEvent[] }
  | { readonly kind: 'periodic' }
  | { readonly kind: 'not-yet-known'; readonly searched: string }
  | { readonly kind: 'unavailable'; readonly reason: string };
