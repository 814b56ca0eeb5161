import type { RuleDefinition } from '../define-rule';
import { parseParameters, type ParameterSpecs, type ParameterValues, type RawParameters } from '../parameters';

/**
 * A rule's parameters as the Lambda and the scanner both resolve them: each value coerced and
 * validated, then the rule's own cross-parameter check. Throws InvalidParameterError before anything
 * is evaluated.
 */
export function resolveParameters<P extends ParameterSpecs>(rule: RuleDefinition<P>, raw: RawParameters): ParameterValues<P> {
  const params = parseParameters(rule.parameters, raw);
  rule.checkParameters?.(params);
  return params;
}
