import type { Verdict } from '../compliance';
import type { ConfigurationItem } from '../configuration-item';
import type { EvaluationContext, RuleDefinition } from '../define-rule';
import { evaluateItem } from '../evaluate/evaluate-item';
import type { ParameterSpecs, ParameterValues } from '../parameters';

/** The rule looked at a related resource the scan cannot give it yet: evaluate it once the input is read. */
export const WAITS_FOR_RELATED = Symbol('waits for related resources');

/**
 * Evaluates a rule before the input is complete. One that declares related resources gets related
 * resources that record whether the rule looks at them. A rule that looks waits for the end of the
 * input, so it sees the latest item of each related resource, as the Lambda sees what Config holds
 * now (the related resource may come later in the input, or come again with a newer capture time).
 * Evaluators are pure, so a verdict reached without looking (NOT_APPLICABLE for a deleted item, or a
 * rule that needs the related resource only in some cases) does not depend on it and stands; one
 * that looked, or threw after looking, waits. The S3 rule, for one, reads the account-level block
 * only for a bucket with something public to neutralise: most buckets need not wait.
 */
export function evaluateBeforeRelated(
  rule: RuleDefinition,
  item: ConfigurationItem,
  params: ParameterValues<ParameterSpecs>,
): Verdict | typeof WAITS_FOR_RELATED {
  if (rule.related === undefined || Object.keys(rule.related).length === 0) return evaluateItem(rule, item, params);
  let looked = false;
  const look = (): undefined => {
    looked = true;
    return undefined;
  };
  // Every way of reading the record goes through a trap: a property, `in`, and the list of keys.
  const related = new Proxy({} as Record<string, ConfigurationItem | undefined>, {
    get: look,
    has: () => Boolean(look()),
    ownKeys: () => {
      look();
      return [];
    },
    getOwnPropertyDescriptor: look,
  });
  const context: EvaluationContext = { related };
  try {
    const verdict = evaluateItem(rule, item, params, { context });
    return looked ? WAITS_FOR_RELATED : verdict;
  } catch (error) {
    if (looked) return WAITS_FOR_RELATED;
    throw error;
  }
}
