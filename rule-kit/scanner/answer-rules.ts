import type { ConfigurationItem } from '../configuration-item';
import { evaluateItem } from '../evaluate/evaluate-item';
import { evaluationJson, itemEvaluationText, type ItemEvaluationText } from './evaluation-json';
import type { RelatedIndex } from './related-index';
import { evaluateBeforeRelated, WAITS_FOR_RELATED } from './related-probe';
import type { RuleRun } from './rule-runs';
import { ruleErrorAnswer, RUN_WAITS } from './scan-worker-protocol';

/**
 * Evaluates `runs` on one normalised item and appends each rule's answer to `out`, in order, as
 * `WorkerResult` lays it out: compliance and evaluation JSON; `''`, error name and message when the
 * rule threw; or `RUN_WAITS`. Without `related` the input may not be complete yet, and a rule that
 * looks at its related resources waits (related-probe.ts); with it the input is complete and every
 * rule is answered. Returns whether some rule waits.
 *
 * Every item goes through here, whichever thread evaluates it and whenever (the worker's blocks, the
 * main thread's own items, account items, items that waited): one encoding, applied by one engine
 * method, so an item is reported the same whoever evaluated it.
 */
export function answerRules(item: ConfigurationItem, runs: readonly RuleRun[], out: (string | number)[], related?: RelatedIndex): boolean {
  let text: ItemEvaluationText | undefined;
  let waits = false;
  for (const run of runs) {
    try {
      const verdict =
        related === undefined
          ? evaluateBeforeRelated(run.rule, item, run.params)
          : evaluateItem(run.rule, item, run.params, { context: related.context(run.related, item) });
      if (verdict === WAITS_FOR_RELATED) {
        out.push(RUN_WAITS);
        waits = true;
        continue;
      }
      out.push(verdict.compliance, evaluationJson(run.nameJson, item, (text ??= itemEvaluationText(item)), verdict));
    } catch (error) {
      // A rule that throws anything but MalformedConfigurationItemError has a bug; the Lambda would fail
      // on this item too. Reported, never turned into a verdict.
      out.push(...ruleErrorAnswer(error));
    }
  }
  return waits;
}
