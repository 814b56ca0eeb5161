import type { ConfigurationItem } from '../configuration-item';
import { evaluatePrepared, notApplicableReason } from '../evaluate/evaluate-item';
import { evaluationJson } from './evaluation-json';
import type { RelatedIndex } from './related-index';
import type { RuleRun } from './rule-runs';
import { ruleErrorAnswer, RUN_WAITS } from './scan-worker-protocol';

/**
 * Evaluates `runs` on one normalised item and appends each rule's answer to `out`, in order, as
 * `WorkerResult` lays it out: compliance and evaluation JSON; `''`, error name and message when the
 * rule threw; or `RUN_WAITS`. Without `related` the input may not be complete yet, and a rule that
 * declares related resources waits (unless the item is NOT_APPLICABLE anyway); with it the input is complete and every rule is answered.
 * Returns whether some rule waits.
 *
 * Every item goes through here, whichever thread evaluates it and whenever (the worker's blocks, the
 * main thread's own items, account items, items that waited): one encoding, applied by one engine
 * method, so an item is reported the same whoever evaluated it.
 */
export function answerRules(item: ConfigurationItem, runs: readonly RuleRun[], out: (string | number)[], related?: RelatedIndex): boolean {
  let waits = false;
  for (const run of runs) {
    // A NOT_APPLICABLE verdict (a deleted item) needs no related resource, as in the Lambda.
    if (related === undefined && run.related.length > 0 && notApplicableReason(run.rule, item) === undefined) {
      out.push(RUN_WAITS);
      waits = true;
      continue;
    }
    try {
      const verdict = evaluatePrepared(run, item, related === undefined ? {} : { related: related.relatedTo(run.related, item) });
      out.push(verdict.compliance, evaluationJson(run.rule.id, item, verdict));
    } catch (error) {
      // A rule that throws anything but MalformedConfigurationItemError has a bug; the Lambda would fail
      // on this item too. Reported, never turned into a verdict.
      out.push(...ruleErrorAnswer(error));
    }
  }
  return waits;
}
