import type { ConfigurationItem } from '../configuration-item';
import { evaluatePrepared, notApplicableReason } from '../evaluate/evaluate-item';
import { evaluationJson } from './evaluation-json';
import type { RuleAnswer } from './item-answer';
import type { RelatedIndex } from './related-index';
import type { RuleRun } from './rule-runs';

const WAITS: RuleAnswer = { kind: 'waits' };

/** A rule's answer when it threw: a bug in the rule (the Lambda would fail on this item too). */
export function ruleErrorAnswer(error: unknown): RuleAnswer {
  return { kind: 'error', error: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Evaluates `runs` on one normalised item: each rule's evaluation, error, or "waits". Without
 * `related` the input may not be complete yet, and a rule that declares related resources waits
 * (unless the item is NOT_APPLICABLE anyway); with it the input is complete and every rule is answered.
 *
 * Every item goes through here, whichever thread evaluates it and whenever (blocks, item inputs,
 * account items, items that waited), so an item is reported the same whoever evaluated it.
 */
export function answerRules(item: ConfigurationItem, runs: readonly RuleRun[], related?: RelatedIndex): RuleAnswer[] {
  const answers: RuleAnswer[] = [];
  for (const run of runs) {
    // A NOT_APPLICABLE verdict (a deleted item) needs no related resource, as in the Lambda.
    if (related === undefined && run.related.length > 0 && notApplicableReason(run.rule, item) === undefined) {
      answers.push(WAITS);
      continue;
    }
    try {
      const verdict = evaluatePrepared(run, item, related === undefined ? {} : { related: related.relatedTo(run.related, item) });
      answers.push({ kind: 'evaluation', compliance: verdict.compliance, json: evaluationJson(run.rule.id, item, verdict) });
    } catch (error) {
      answers.push(ruleErrorAnswer(error));
    }
  }
  return answers;
}
