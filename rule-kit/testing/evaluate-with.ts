import type { Verdict } from '../compliance';
import type { ConfigurationItem } from '../configuration-item';
import type { EvaluationContext, RuleDefinition } from '../define-rule';
import { evaluateItem } from '../evaluate/evaluate-item';
import { parseParameters, type ParameterSpecs, type RawParameters } from '../parameters';

/**
 * The verdict the kit would report for `item`: parameters parsed as the Lambda parses them (strings,
 * defaults, unknown keys rejected), then applicability and the rule's `evaluate`.
 */
export function evaluateWith<P extends ParameterSpecs>(
  rule: RuleDefinition<P>,
  item: ConfigurationItem,
  rawParams: RawParameters = {},
  context?: EvaluationContext,
): Verdict {
  const params = parseParameters(rule.parameters, rawParams);
  return evaluateItem(rule, item, params, context === undefined ? {} : { context });
}
