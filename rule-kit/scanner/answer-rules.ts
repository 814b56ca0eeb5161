import type { ConfigurationItem } from '../configuration-item';
import { evaluateItem } from '../evaluate/evaluate-item';
import { evaluationJson, itemEvaluationText, type ItemEvaluationText } from './evaluation-json';
import type { RuleAnswer } from './item-answer';
import type { RelatedIndex } from './related-index';
import { evaluateBeforeRelated, WAITS_FOR_RELATED } from './related-probe';
import type { RuleRun } from './rule-runs';

const WAITS: RuleAnswer = { kind: 'waits' };

/** A rule's answer when it threw: a bug in the rule (the Lambda would fail on this item too). */
export function ruleErrorAnswer(error: unknown): RuleAnswer {
  return { kind: 'error', error: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Evaluates `runs` on one normalised item: each rule's evaluation, error, or "waits". Without
 * `related` the input may not be complete yet, and a rule that looks at its related resources waits
 * (related-probe.ts); with it the input is complete and every rule is answered.
 *
 * Every item goes through here, whichever thread evaluates it and whenever (blocks, item inputs,
 * account items, items that waited), so an item is reported the same whoever evaluated it.
 */
export function answerRules(item: ConfigurationItem, runs: readonly RuleRun[], related?: RelatedIndex): RuleAnswer[] {
  let text: ItemEvaluationText | undefined;
  const answers: RuleAnswer[] = [];
  for (const run of runs) {
    try {
      const verdict =
        related === undefined
          ? evaluateBeforeRelated(run.rule, item, run.params)
          : evaluateItem(run.rule, item, run.params, { context: related.context(run.related, item) });
      if (verdict === WAITS_FOR_RELATED) {
        answers.push(WAITS);
        continue;
      }
      answers.push({ kind: 'evaluation', compliance: verdict.compliance, json: evaluationJson(run.nameJson, item, (text ??= itemEvaluationText(item)), verdict) });
    } catch (error) {
      answers.push(ruleErrorAnswer(error));
    }
  }
  return answers;
}
