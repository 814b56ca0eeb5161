import { compliant, nonCompliant, notApplicable, type Verdict } from '../../rule-kit';
import type { InspectorFacts, ScanState } from './read-inspector';
import { SCAN_TYPE_LABEL, type ScanType } from './scan-types';

/** Only ENABLED scans. ALREADY_ENABLED is the one error code that says the type is on. */
function scanning(state: ScanState): boolean {
  return state.status === 'ENABLED' && (state.errorCode === undefined || state.errorCode === 'ALREADY_ENABLED');
}

function describe(state: ScanState): string {
  const status = state.status ?? 'no status';
  return state.errorCode === undefined || state.errorCode === 'ALREADY_ENABLED' ? status : `${status}, ${state.errorCode}`;
}

/**
 * COMPLIANT when every required scan type is ENABLED (without an error); otherwise each missing type is
 * named with its status. A Region without Inspector is NOT_APPLICABLE with the collector's reason.
 */
export function inspectorVerdict(region: string, facts: InspectorFacts, required: readonly ScanType[]): Verdict {
  if (facts.kind === 'unavailable') return notApplicable(`${facts.reason}.`);
  if (facts.kind === 'failed') {
    return nonCompliant(`Amazon Inspector did not report this account's status in ${region}: ${facts.errorCode} ${facts.errorMessage}`.trim() + '.');
  }
  const missing = required.filter((type) => !scanning(facts.scans[type]));
  const names = required.map((type) => SCAN_TYPE_LABEL[type]).join(', ');
  if (missing.length === 0) return compliant(`Amazon Inspector scans ${names} in ${region}.`);
  const list = missing.map((type) => `${SCAN_TYPE_LABEL[type]} (${describe(facts.scans[type])})`).join(', ');
  return nonCompliant(`Amazon Inspector in ${region} (account ${describe(facts.account)}) does not scan: ${list}.`);
}
