import { answerParsed } from './answer-values';
import { evaluateBlock } from './evaluate-block';
import type { ValueAnswer } from './item-answer';
import { describePosition, type ItemPosition } from './item-position';
import type { ItemRecorder } from './item-recorder';
import { notConfigByName } from './not-config-input';
import { readJsonItems } from './read-json-items';
import type { RuleRuns } from './rule-runs';
import { UnreadableInputError } from './scan-errors';
import type { ScanTally } from './scan-tally';
import type { ByteInput, InputFailure, ItemInput, ScanSource } from './source';
import { documentPosition, ItemNumbering, VALUE_ITEM, type ValueBlock } from './value-block';

export interface ScanProgress {
  /** The input being read. */
  readonly file: string;
  readonly items: number;
  readonly bytes: number;
}

export interface ReadInputsOptions {
  readonly runs: RuleRuns;
  readonly tally: ScanTally;
  readonly recorder: ItemRecorder;
  readonly onProgress?: (progress: ScanProgress) => void;
}

/**
 * The source and split stages, and the hand-over to evaluate and keep-latest: every input of every
 * source in order. Byte inputs are cut into blocks of values (read-json-items.ts), each evaluated
 * and recorded in turn; item inputs item by item; failures and inputs that cannot be read are
 * listed, and reading goes on with the next input.
 */
export class InputReader {
  private bytes = 0;
  private readonly numbering = new ItemNumbering();

  constructor(private readonly options: ReadInputsOptions) {}

  async read(sources: readonly ScanSource[]): Promise<void> {
    for (const source of sources) {
      for await (const input of source.inputs()) {
        const file = this.options.tally.addInput(input.name);
        if (input.kind === 'failure') this.fail(file, input);
        else if (input.kind === 'items') await this.readItems(file, input);
        else await this.readBytes(file, input);
      }
    }
  }

  private fail(file: number, input: InputFailure): void {
    this.options.tally.inputError(file, {
      file: input.name,
      error: input.code,
      message: input.message,
      ...(input.account === undefined ? {} : { account: input.account }),
      ...(input.region === undefined ? {} : { region: input.region }),
      ...(input.action === undefined ? {} : { action: input.action }),
      ...(input.ruleIds === undefined ? {} : { rules: input.ruleIds }),
    });
  }

  private async readItems(file: number, input: ItemInput): Promise<void> {
    let index = 0;
    try {
      for await (const value of input.items()) {
        this.applyValue(file, { index }, answerParsed(value, true, this.options.runs));
        index += 1;
      }
    } catch (error) {
      this.options.tally.inputError(file, { file: input.name, error: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  private async readBytes(file: number, input: ByteInput): Promise<void> {
    const { tally, onProgress } = this.options;
    const reason = notConfigByName(input.name);
    if (reason !== undefined) {
      tally.skipInput(file, reason);
      return;
    }
    const onBytes = (bytes: number): void => {
      this.bytes += bytes;
    };
    try {
      for await (const block of readJsonItems(input, { onBytes })) {
        this.applyBlock(file, block, evaluateBlock(block, this.options.runs));
        if (tally.isClosed(file)) return;
        onProgress?.({ file: input.name, items: tally.itemsRead, bytes: this.bytes });
      }
    } catch (error) {
      if (!(error instanceof UnreadableInputError)) throw error;
      tally.inputError(file, { file: input.name, error: error.name, message: error.position === undefined ? error.reason : `${error.position}: ${error.reason}` });
    }
  }

  /** A block's answers, in order: its values' positions are known here, from the block. */
  private applyBlock(file: number, block: ValueBlock, answers: readonly ValueAnswer[]): void {
    for (const [value, answer] of answers.entries()) {
      if (this.options.tally.isClosed(file)) return;
      const position = block.kinds[value] === VALUE_ITEM ? { index: this.numbering.take(file, block.numbers[value] ?? 0) } : documentPosition(block, value);
      this.applyValue(file, position, answer);
    }
  }

  private applyValue(file: number, position: ItemPosition, answer: ValueAnswer): void {
    const { tally, recorder } = this.options;
    switch (answer.kind) {
      case 'unparsable':
        tally.inputError(file, { file: tally.files[file] ?? '', error: 'UnreadableInputError', message: `${describePosition(position)}: ${answer.reason}` });
        return;
      case 'not-config':
        tally.skipInput(file, answer.reason);
        return;
      case 'items':
        for (const item of answer.items) recorder.record(file, position, item);
    }
  }
}
