import type { RuleDefinition } from '../define-rule';
import type { ParameterSpecs, ParameterValues, RawParameters } from '../parameters';
import { resolveParameters } from './resolve-parameters';

/**
 * A rule ready to evaluate items: its parameters resolved and checked, and what its `prepare` made of
 * them. Built once per Lambda invocation or per scan, then used for every item.
 */
export interface PreparedRule<P extends ParameterSpecs = ParameterSpecs, R = unknown> {
  readonly rule: RuleDefinition<P, R>;
  readonly params: ParameterValues<P>;
  readonly prepared: R;
}

/**
 * The one way both the Lambda and the scanner turn a rule and its raw (string) parameters into a
 * `PreparedRule`: defaults, coercion, the rule's `checkParameters`, then `prepare`. Throws
 * InvalidParameterError before anything is evaluated.
 *
 * @example
 * const ready = prepareRule(rule, { blockedPorts: '22,3389' });
 * const verdict = evaluatePrepared(ready, item);
 */
export function prepareRule<P extends ParameterSpecs, R>(rule: RuleDefinition<P, R>, raw: RawParameters): PreparedRule<P, R> {
  return withParams(rule, resolveParameters(rule, raw));
}

/**
 * A `PreparedRule` from parameters already typed (tests and property tests build them directly):
 * `prepare` runs, `checkParameters` does not.
 *
 * @example
 * const ready = withParams(rule, { checkRead: true, checkWrite: false });
 */
export function withParams<P extends ParameterSpecs, R>(rule: RuleDefinition<P, R>, params: ParameterValues<P>): PreparedRule<P, R> {
  // Without `prepare`, `R` is `undefined` (defineRule's default), so the cast states what is there.
  const prepared = rule.prepare === undefined ? (undefined as R) : rule.prepare(params);
  return { rule, params, prepared };
}
