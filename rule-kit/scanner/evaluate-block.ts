import { answerText } from './answer-values';
import type { ValueAnswer } from './item-answer';
import type { RuleRuns } from './rule-runs';
import { VALUE_ITEM, valueText, type ValueBlock } from './value-block';

/** Parses, normalises and evaluates the values of one block: an answer per value, in order. */
export function evaluateBlock(block: ValueBlock, runs: RuleRuns): ValueAnswer[] {
  const answers: ValueAnswer[] = [];
  for (let index = 0; index < block.count; index += 1) answers.push(answerText(valueText(block, index), block.kinds[index] === VALUE_ITEM, runs));
  return answers;
}
