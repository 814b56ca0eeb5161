import type { ComplianceType, Verdict } from '../compliance';
import type { ConfigurationItem } from '../configuration-item';
import type { RelatedItems, RuleDefinition } from '../define-rule';
import type { ParameterSpecs } from '../parameters';
import { evaluateWith } from './evaluate-with';

/** A compliance type alone, or with the annotation expected exactly (string) or by pattern. */
export type ExpectedVerdict =
  | ComplianceType
  | { readonly compliance: ComplianceType; readonly annotation?: string | RegExp };

/**
 * Evaluates `item` as the kit would and asserts the verdict with jest's `expect` (a failing
 * assertion shows the verdict and the annotation). Returns the verdict for further checks.
 *
 * @example
 * expectVerdict(rule, loadItem(join(__dirname, 'fixtures', 'sg-ssh-open.json')), { compliance: 'NON_COMPLIANT', annotation: /tcp 22/ });
 */
export function expectVerdict<P extends ParameterSpecs, R>(
  rule: RuleDefinition<P, R>,
  item: ConfigurationItem,
  expected: ExpectedVerdict,
  rawParams: Readonly<Record<string, string>> = {},
  related?: RelatedItems,
): Verdict {
  const verdict = evaluateWith(rule, item, rawParams, related);
  const want = typeof expected === 'string' ? { compliance: expected } : expected;
  const actual = { compliance: verdict.compliance, annotation: verdict.annotation };
  if (want.annotation === undefined) {
    expect(actual).toEqual({ compliance: want.compliance, annotation: actual.annotation });
  } else if (typeof want.annotation === 'string') {
    expect(actual).toEqual({ compliance: want.compliance, annotation: want.annotation });
  } else {
    expect(actual).toEqual({ compliance: want.compliance, annotation: expect.stringMatching(want.annotation) });
  }
  return verdict;
}
