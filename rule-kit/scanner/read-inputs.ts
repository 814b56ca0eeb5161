import { decodeValueAnswers } from './answer-codec';
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
import type { ScanWorkerClient } from './scan-worker-client';
import type { ByteInput, InputFailure, ItemInput, ScanSource } from './source';
import { documentPosition, ItemNumbering, VALUE_ITEM, type ValueBlock } from './value-block';
import { InThreadQueue, type WorkQueue } from './work-queue';
import { WorkerQueue } from './worker-queue';

export interface ScanProgress {
  /** The input being read. */
  readonly file: string;
  readonly items: number;
  readonly bytes: number;
}

/** A block of one input: what the evaluate stage gets. */
interface InputBlock {
  readonly file: number;
  readonly block: ValueBlock;
}

export interface ReadInputsOptions {
  readonly runs: RuleRuns;
  readonly tally: ScanTally;
  readonly recorder: ItemRecorder;
  /** Asked before each byte input with the bytes read so far: a worker to evaluate on, from now on. */
  readonly worker: (input: ByteInput, bytesRead: number) => ScanWorkerClient | undefined;
  readonly onProgress?: (progress: ScanProgress) => void;
}

/**
 * The source and split stages, and the hand-over to evaluate and keep-latest: every input of every
 * source in order. Byte inputs are cut into blocks of values (read-json-items.ts) that are evaluated
 * (here, or on the worker too) and recorded in input order; item inputs are evaluated here, item by
 * item; failures and inputs that cannot be read are listed, and reading goes on with the next input.
 */
export class InputReader {
  private blocks: WorkQueue<InputBlock>;
  private usingWorker = false;
  private bytes = 0;
  private readonly numbering = new ItemNumbering();

  constructor(private readonly options: ReadInputsOptions) {
    this.blocks = new InThreadQueue({ evaluate: ({ block }) => evaluateBlock(block, options.runs), apply: (work, answers) => this.applyBlock(work, answers) });
  }

  async read(sources: readonly ScanSource[]): Promise<void> {
    for (const source of sources) {
      for await (const input of source.inputs()) {
        const file = this.options.tally.addInput(input.name);
        if (input.kind === 'failure') this.fail(file, input);
        else if (input.kind === 'items') await this.readItems(file, input);
        else await this.readBytes(file, input);
      }
    }
    await this.blocks.drain();
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
    // After the blocks before it: items are recorded in input order, whichever thread read them.
    await this.blocks.drain();
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
    this.useWorkerFor(input);
    const onBytes = (bytes: number): void => {
      this.bytes += bytes;
    };
    try {
      for await (const block of readJsonItems(input, { onBytes })) {
        await this.blocks.submit({ file, block });
        if (tally.isClosed(file)) return;
        onProgress?.({ file: input.name, items: tally.itemsRead, bytes: this.bytes });
      }
    } catch (error) {
      if (!(error instanceof UnreadableInputError)) throw error;
      // The values before the fault first, as they come first in the input.
      await this.blocks.drain();
      tally.inputError(file, { file: input.name, error: error.name, message: error.position === undefined ? error.reason : `${error.position}: ${error.reason}` });
    }
  }

  private useWorkerFor(input: ByteInput): void {
    if (this.usingWorker) return;
    const client = this.options.worker(input, this.bytes);
    if (client === undefined) return;
    // The in-thread queue has applied everything it was given: nothing to hand over.
    this.usingWorker = true;
    const runs = this.options.runs;
    this.blocks = new WorkerQueue<InputBlock, ValueAnswer[]>(client, {
      message: ({ block }) => ({ type: 'block', bytes: block.bytes, starts: block.starts, ends: block.ends, kinds: block.kinds }),
      evaluate: ({ block }) => evaluateBlock(block, runs),
      decode: decodeValueAnswers,
      apply: (work, answers) => this.applyBlock(work, answers),
    });
  }

  /** A block's answers, in order: its values' positions are known here, from the block. */
  private applyBlock({ file, block }: InputBlock, answers: readonly ValueAnswer[]): void {
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
