import type { RuleDefinition } from '../define-rule';
import type { ComplianceCounts, InputError, NotEvaluatedRule } from './scan-report';

export type { NotEvaluatedRule } from './scan-report';

/** Where a scan's items came from: the advice for a rule that saw nothing depends on it. */
export type SourceKind = 'files' | 'bucket' | 'live';


// Types whose absence means something of its own.
const ABSENCE_MEANING: Readonly<Record<string, string>> = {
  'AWS::S3::AccountPublicAccessBlock': 'the account may have no block',
};

const COLLECT_ADVICE = 'facts are collected live: run config-rules collect, or scan --live';

function emptyReason(rule: RuleDefinition, kind: SourceKind): string {
  const types = rule.resourceTypes.join(', ');
  const meaning = rule.resourceTypes.map((type) => ABSENCE_MEANING[type]).find((text) => text !== undefined);
  const what = `no ${types} item${meaning === undefined ? '' : `: ${meaning}`}`;
  if (kind === 'live') {
    return rule.collector === undefined
      ? `${what}: Config recorded none in the accounts and Regions read (is the recorder recording ${types}?)`
      : `${what}: the collector found none in the accounts and Regions read`;
  }
  if (rule.collector !== undefined) return `${what}: ${COLLECT_ADVICE}`;
  return `${what} in the input: Config may not record ${types} (check the recorder), or scan --live`;
}

function failureReason(failure: InputError): string {
  const denied = failure.action === undefined ? '' : `, ${failure.action} denied: grant it to the scanner (templates/scanner-read-only-policy.json)`;
  return `${failure.file} could not be read (${failure.error}${denied}): ${failure.message}`;
}

/**
 * Which rules an unreadable input leaves unevaluated: those it names, or every rule when it is a place
 * in AWS (an account or Region). A local file or object that cannot be read names no rules: it is in
 * `errors` (exit 2), and a rule it leaves with nothing at all is listed as having seen no item.
 */
function concerns(failure: InputError, ruleId: string): boolean {
  if (failure.rules !== undefined) return failure.rules.includes(ruleId);
  return failure.account !== undefined || failure.region !== undefined;
}

/**
 * The rules a report lists as not evaluated: every selected rule with no evaluation at all, and every
 * rule a failed input concerned, once per place. `byRule` holds every selected rule.
 */
export function notEvaluatedRules(
  rules: readonly RuleDefinition[],
  byRule: Readonly<Record<string, ComplianceCounts>>,
  failures: readonly InputError[],
  kind: SourceKind,
): NotEvaluatedRule[] {
  const entries: NotEvaluatedRule[] = [];
  for (const rule of rules) {
    const counts = byRule[rule.id];
    const evaluated = counts !== undefined && counts.COMPLIANT + counts.NON_COMPLIANT + counts.NOT_APPLICABLE > 0;
    const own = failures.filter((failure) => concerns(failure, rule.id));
    for (const failure of own) {
      entries.push({
        ConfigRuleName: rule.id,
        resourceTypes: rule.resourceTypes,
        reason: failureReason(failure),
        ...(failure.account === undefined ? {} : { account: failure.account }),
        ...(failure.region === undefined ? {} : { region: failure.region }),
      });
    }
    if (!evaluated && own.length === 0) entries.push({ ConfigRuleName: rule.id, resourceTypes: rule.resourceTypes, reason: emptyReason(rule, kind) });
  }
  return entries;
}
