import type { Verdict } from '../compliance';
import type { ConfigurationItem } from '../configuration-item';
import type { RelatedItems, RuleDefinition } from '../define-rule';
import { evaluatePrepared } from '../evaluate/evaluate-item';
import { prepareRule } from '../evaluate/prepare-rule';
import type { ParameterSpecs, RawParameters } from '../parameters';

/**
 * The verdict the kit would report for `item`: the rule prepared as the Lambda and the scanner prepare
 * it (strings, defaults, unknown keys rejected, the rule's cross-parameter check, `prepare`), then
 * applicability and the rule's `evaluate`. `related`: the rule's related items, as Config holds them.
 *
 * @example
 * const verdict = evaluateWith(rule, loadItem('fixtures/sg-ssh-open.json'), { blockedPorts: '22' });
 * if (verdict.compliance !== 'NON_COMPLIANT') throw new Error(verdict.annotation);
 */
export function evaluateWith<P extends ParameterSpecs, R>(
  rule: RuleDefinition<P, R>,
  item: ConfigurationItem,
  rawParams: RawParameters = {},
  related?: RelatedItems,
): Verdict {
  return evaluatePrepared(prepareRule(rule, rawParams), item, related === undefined ? {} : { related });
}
