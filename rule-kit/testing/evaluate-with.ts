import type { Verdict } from '../compliance';
import type { ConfigurationItem } from '../configuration-item';
import type { EvaluationContext, RuleDefinition } from '../define-rule';
import { evaluateItem } from '../evaluate/evaluate-item';
import { resolveParameters } from '../evaluate/resolve-parameters';
import type { ParameterSpecs, RawParameters } from '../parameters';

/**
 * The verdict the kit would report for `item`: parameters resolved as the Lambda resolves them (strings,
 * defaults, unknown keys rejected, the rule's cross-parameter check), then applicability and the rule's `evaluate`.
 */
export function evaluateWith<P extends ParameterSpecs>(
  rule: RuleDefinition<P>,
  item: ConfigurationItem,
  rawParams: RawParameters = {},
  context?: EvaluationContext,
): Verdict {
  const params = resolveParameters(rule, rawParams);
  return evaluateItem(rule, item, params, context === undefined ? {} : { context });
}
