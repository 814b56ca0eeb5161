import { DEFAULT_SEVERITY, isSeverity, type Severity } from '../rule-kit/severity';
import { AlertConfigurationError } from './alert-errors';

/** Rule id -> severity, as the stack passes it (generated from the rules' metadata). */
export type RuleSeverities = Readonly<Record<string, Severity>>;

export function parseRuleSeverities(text: string | undefined): RuleSeverities {
  if (text === undefined || text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AlertConfigurationError('RULE_SEVERITIES', text, 'must be a JSON object of rule id to severity');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new AlertConfigurationError('RULE_SEVERITIES', text, 'must be a JSON object of rule id to severity');
  }
  const severities: Record<string, Severity> = {};
  for (const [id, severity] of Object.entries(parsed)) {
    if (!isSeverity(severity)) throw new AlertConfigurationError(`RULE_SEVERITIES.${id}`, severity, 'is not a severity');
    severities[id] = severity;
  }
  return severities;
}

/**
 * The pack rule a Config rule name belongs to: the name itself, or `<id>-conformance-pack-<suffix>`
 * as a conformance pack names its rules; the longest id wins (`sg-open-ports` over `sg`).
 */
export function ruleOf(configRuleName: string, severities: RuleSeverities): { readonly ruleId?: string; readonly severity: Severity } {
  let best: string | undefined;
  for (const id of Object.keys(severities)) {
    if ((configRuleName === id || configRuleName.startsWith(`${id}-conformance-pack-`)) && (best === undefined || id.length > best.length)) best = id;
  }
  return best === undefined ? { severity: DEFAULT_SEVERITY } : { ruleId: best, severity: severities[best] ?? DEFAULT_SEVERITY };
}
