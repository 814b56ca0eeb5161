import type { RuleDefinition } from '../define-rule';
import { InvalidParameterError } from '../errors';
import { prepareRule, type PreparedRule } from '../evaluate/prepare-rule';
import type { RawParameters } from '../parameters';
import { RuleParameterError, UnknownRuleError } from './scan-errors';

/**
 * A rule taking part in a scan, prepared once (`prepareRule`, as the Lambda prepares per invocation),
 * with the raw parameters it was prepared from (the worker thread prepares its own from them).
 */
export interface SelectedRule extends PreparedRule {
  readonly raw: RawParameters;
}

/** A rule of the pack that a default scan leaves out, and why. */
export interface RuleNotRun {
  readonly rule: string;
  readonly reason: string;
}

export interface RuleSelection {
  readonly selected: readonly SelectedRule[];
  readonly notRun: readonly RuleNotRun[];
}

export interface SelectRulesOptions {
  /** Rule ids to run; empty or absent means every rule of the pack. */
  readonly ruleIds?: readonly string[];
  /** Raw parameter values per rule id, as strings: the same coercion and validation as in Lambda. */
  readonly parameters?: Readonly<Record<string, RawParameters>>;
}

/**
 * Picks the rules of a scan and prepares them with the kit's `prepareRule`, as the Lambda does: each
 * value coerced, then the rule's `checkParameters`. An unknown rule id, a bad value or a combination
 * the rule rejects is an error (the command exits 2). A rule with a required parameter that has
 * no value is an error when the rule was asked for by name, and is left out of a default scan (and
 * reported as not run), so one such rule does not stop the whole pack.
 *
 * @example
 * const { selected, notRun } = selectRules(rules, { ruleIds: ['sg-open-ports'], parameters: { 'sg-open-ports': { blockedPorts: '22' } } });
 */
export function selectRules(all: readonly RuleDefinition[], options: SelectRulesOptions = {}): RuleSelection {
  const byId = new Map(all.map((rule) => [rule.id, rule] as const));
  const known = all.map((rule) => rule.id);
  const requested = options.ruleIds ?? [];
  for (const id of requested) if (!byId.has(id)) throw new UnknownRuleError(id, known);
  const parameters = options.parameters ?? {};
  for (const id of Object.keys(parameters)) {
    if (!byId.has(id)) throw new UnknownRuleError(id, known);
    if (requested.length > 0 && !requested.includes(id)) {
      throw new RuleParameterError(id, 'has parameters but is not among the rules selected with --rule');
    }
  }
  const explicit = requested.length > 0;
  const rules = explicit ? all.filter((rule) => requested.includes(rule.id)) : all;
  const selected: SelectedRule[] = [];
  const notRun: RuleNotRun[] = [];
  for (const rule of rules) {
    const raw = parameters[rule.id] ?? {};
    try {
      selected.push({ ...prepareRule(rule, raw), raw });
    } catch (error) {
      if (!(error instanceof InvalidParameterError)) throw error;
      const missingRequired = raw[error.parameter] === undefined && error.reason === 'is required';
      if (missingRequired && !explicit) {
        notRun.push({ rule: rule.id, reason: `parameter ${error.parameter} is required and has no default` });
      } else {
        throw new RuleParameterError(rule.id, error.message);
      }
    }
  }
  return { selected, notRun };
}
