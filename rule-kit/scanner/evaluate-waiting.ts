import type { ConfigurationItem } from '../configuration-item';
import { normaliseItem } from '../items';
import { answerRules } from './answer-rules';
import type { RelatedIndex } from './related-index';
import { ruleErrorAnswer, type WorkerResult } from './scan-worker-protocol';
import type { RuleRun } from './rule-runs';

/** Items that waited for the end of the input, as posted to the worker: their texts and waiting rules (by index). */
export interface WaitingBatch {
  readonly texts: readonly string[];
  readonly rules: readonly (readonly number[])[];
}

/**
 * Evaluates items whose rules need related resources, now that the input is complete and `related`
 * holds every related resource read. Per item and waiting rule, in order: compliance and evaluation
 * JSON, or `''`, error name and message (as in `WorkerResult`). Both threads run it, on their halves.
 */
export function evaluateWaitingBatch(batch: WaitingBatch, runs: readonly RuleRun[], related: RelatedIndex): WorkerResult {
  const out: (string | number)[] = [];
  for (const [at, text] of batch.texts.entries()) {
    const indexes = batch.rules[at] ?? [];
    let item: ConfigurationItem;
    try {
      // Read once already, when it was put aside: the same bytes give the same item.
      item = normaliseItem(JSON.parse(text));
    } catch (error) {
      for (let n = 0; n < indexes.length; n += 1) out.push(...ruleErrorAnswer(error));
      continue;
    }
    answerRules(item, indexes.map((index) => ruleAt(runs, index)), out, related);
  }
  return out;
}

/** The rule a waiting item names by index: the same selection on both threads, so always there. */
function ruleAt(runs: readonly RuleRun[], index: number): RuleRun {
  const run = runs[index];
  if (run === undefined) throw new RangeError(`no rule at index ${index}`);
  return run;
}
