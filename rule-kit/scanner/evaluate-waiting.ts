import type { ConfigurationItem } from '../configuration-item';
import { evaluateItem } from '../evaluate/evaluate-item';
import { normaliseItem } from '../items';
import { evaluationJson, itemEvaluationText } from './evaluation-json';
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
    const itemText = itemEvaluationText(item);
    for (const index of indexes) {
      const run = runs[index];
      try {
        if (run === undefined) throw new RangeError(`no rule at index ${index}`);
        // The input is complete: what is still missing does not exist, as when Config has no such resource.
        const verdict = evaluateItem(run.rule, item, run.params, { context: related.context(run.related, item) });
        out.push(verdict.compliance, evaluationJson(run.nameJson, item, itemText, verdict));
      } catch (error) {
        out.push(...ruleErrorAnswer(error));
      }
    }
  }
  return out;
}
