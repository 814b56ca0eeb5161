import type { RuleDefinition } from '../define-rule';
import { parseParameters, type ParameterSpecs, type ParameterValues, type RawParameters } from '../parameters';

/**
 * A rule's parameters as the Lambda and the scanner both resolve them (through `prepareRule`): each
 * value coerced and validated, then the rule's own cross-parameter check. Throws InvalidParameterError
 * before anything is evaluated.
 *
 * @example
 * resolveParameters(rule, { checkRead: 'false', checkWrite: 'false' }); // throws InvalidParameterError
 */
export function resolveParameters<P extends ParameterSpecs, R>(rule: RuleDefinition<P, R>, raw: RawParameters): ParameterValues<P> {
  const params = parseParameters(rule.parameters, raw);
  rule.checkParameters?.(params);
  return params;
}
