import { compliant, nonCompliant, type Verdict } from '../../rule-kit';
import type { QuotaReadings, QuotaUsage } from './read-quota-usage';

/**
 * At or over the threshold: usage ≥ threshold % of the limit, compared in whole numbers so 4 of 5 at
 * 80 % is "at". A limit of 0 means nothing can be created, so any usage (even 0) is at the limit.
 */
export function atOrOver(quota: QuotaUsage, threshold: number): boolean {
  return quota.usage * 100 >= threshold * quota.limit;
}

function share(quota: QuotaUsage): string {
  return quota.limit === 0 ? 'limit 0' : `${Math.floor((quota.usage * 100) / quota.limit)}%`;
}

function describe(quota: QuotaUsage): string {
  const where = quota.region === undefined ? '' : ` in ${quota.region}`;
  return `${quota.name}${where} ${quota.usage} of ${quota.limit} (${share(quota)})`;
}

/** Highest share first, so the annotation's first words name the most urgent quota. */
function byShare(a: QuotaUsage, b: QuotaUsage): number {
  return b.usage * a.limit - a.usage * b.limit;
}

export function quotaVerdict(readings: QuotaReadings, threshold: number): Verdict {
  const over = readings.usages.filter((quota) => atOrOver(quota, threshold)).sort(byShare);
  const parts: string[] = [];
  if (over.length > 0) parts.push(`At or over ${threshold}% of quota: ${over.map(describe).join('; ')}.`);
  // Quotas unread for the same reason (one failed GetAccountSummary covers four) share one sentence.
  const byReason = new Map<string, string[]>();
  for (const unread of readings.unread) byReason.set(unread.reason, [...(byReason.get(unread.reason) ?? []), unread.name]);
  for (const [reason, names] of byReason) {
    parts.push(`Could not read ${names.length === 1 ? 'quota' : 'quotas'} ${names.join(', ')}: ${reason}.`);
  }
  if (parts.length > 0) return nonCompliant(parts.join(' '));

  const [highest] = [...readings.usages].sort(byShare);
  if (highest === undefined) return nonCompliant('Cannot determine: the item holds no quotas.');
  return compliant(`All ${readings.usages.length} quotas are under ${threshold}%; highest: ${describe(highest)}.`);
}
