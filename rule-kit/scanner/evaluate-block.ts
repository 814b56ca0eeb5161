import { answerText } from './answer-values';
import type { ValueAnswer } from './item-answer';
import type { RuleRuns } from './rule-runs';
import type { BlockBytes } from './scan-worker-protocol';
import { VALUE_ITEM } from './value-block';

/**
 * Parses, normalises and evaluates the values of one block: an answer per value. Both threads run
 * it (the worker on the blocks posted to it, the main thread on the others).
 */
export function evaluateBlock(block: BlockBytes, runs: RuleRuns): ValueAnswer[] {
  // A posted Buffer arrives as a plain Uint8Array: wrapped (not copied) for its UTF-8 decoder.
  const bytes = Buffer.isBuffer(block.bytes) ? block.bytes : Buffer.from(block.bytes.buffer, block.bytes.byteOffset, block.bytes.byteLength);
  const answers: ValueAnswer[] = [];
  for (let index = 0; index < block.ends.length; index += 1) {
    answers.push(answerText(bytes.toString('utf8', block.starts[index], block.ends[index]), block.kinds[index] === VALUE_ITEM, runs));
  }
  return answers;
}
