import type { ConfigurationItem } from '../configuration-item';
import { normaliseItem } from '../items';
import { answerRules, ruleErrorAnswer } from './answer-rules';
import type { DeferredBatch } from './deferred-items';
import type { RuleAnswer } from './item-answer';
import type { RelatedIndex } from './related-index';
import type { RuleRun } from './rule-runs';

/**
 * Evaluates items whose rules need related resources, now that the input is complete and `related`
 * holds every related resource read: per item, its waiting rules' answers.
 */
export function evaluateWaitingBatch(batch: DeferredBatch, runs: readonly RuleRun[], related: RelatedIndex): RuleAnswer[][] {
  return batch.texts.map((text, at) => {
    const waiting = (batch.metas[at]?.rules ?? []).map((index) => ruleAt(runs, index));
    let item: ConfigurationItem;
    try {
      // Read once already, when it was put aside: the same bytes give the same item.
      item = normaliseItem(JSON.parse(text));
    } catch (error) {
      return waiting.map(() => ruleErrorAnswer(error));
    }
    return answerRules(item, waiting, related);
  });
}

/** The rule a waiting item names by index: from the same selection, so always there. */
function ruleAt(runs: readonly RuleRun[], index: number): RuleRun {
  const run = runs[index];
  if (run === undefined) throw new RangeError(`no rule at index ${index}`);
  return run;
}
