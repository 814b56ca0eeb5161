/**
 * Where the evaluate stage runs: work (a block of values, a batch of waiting items) goes in, and its
 * answer is applied in submission order, whichever thread evaluated it, so everything after the parse
 * (keep latest, store, errors) happens as in a one-thread scan.
 */
export interface WorkQueue<Work> {
  submit(work: Work): Promise<void>;
  /** Applies everything submitted so far. */
  drain(): Promise<void>;
}

/** How one kind of work is evaluated here and applied. */
export interface WorkStages<Work, Answer> {
  readonly evaluate: (work: Work) => Answer;
  readonly apply: (work: Work, answer: Answer) => void;
}

/** Evaluates and applies each piece of work at once, on this thread. */
export class InThreadQueue<Work, Answer> implements WorkQueue<Work> {
  constructor(private readonly stages: WorkStages<Work, Answer>) {}

  async submit(work: Work): Promise<void> {
    this.stages.apply(work, this.stages.evaluate(work));
  }

  async drain(): Promise<void> {}
}
