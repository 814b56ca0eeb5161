import { AccountItems } from './account-items';
import { answerRules } from './answer-rules';
import { DeferredItems, type DeferredBatch, type DeferredMeta } from './deferred-items';
import type { EvaluationStore } from './evaluation-store';
import type { ItemAnswer, RuleAnswer } from './item-answer';
import { positionJson, type ItemPosition } from './item-position';
import { LatestItems, type ItemKey } from './latest-items';
import type { RelatedIndex } from './related-index';
import type { RuleRun, RuleRuns } from './rule-runs';
import type { ScanTally } from './scan-tally';

/** Where an item came from and what it is: what its evaluations and errors are recorded with. */
export type ItemOrigin = Omit<DeferredMeta, 'rules'>;

/**
 * The keep-latest stage and what follows it on the main thread, in input order: each item's answers
 * are recorded if it is its resource's latest so far (an earlier item of the resource is withdrawn
 * from the store), the rules that wait for related resources put it aside (deferred-items.ts),
 * `AWS::::Account` items are held to be merged, and related resources go to the index.
 */
export class ItemRecorder {
  private readonly latest = new LatestItems();
  private readonly accounts = new AccountItems();
  private seq = 0;

  constructor(
    private readonly runs: RuleRuns,
    private readonly related: RelatedIndex,
    private readonly deferred: DeferredItems,
    private readonly store: EvaluationStore,
    private readonly tally: ScanTally,
  ) {}

  /** One item's answer, read from input `file` at `position`. */
  record(file: number, position: ItemPosition, answer: ItemAnswer): void {
    const tally = this.tally;
    tally.itemsRead += 1;
    switch (answer.kind) {
      case 'malformed':
        tally.itemsMalformed += 1;
        tally.itemError({
          file: tally.files[file] ?? '',
          position,
          error: answer.error,
          message: answer.message,
          ...(answer.resourceType === undefined ? {} : { resourceType: answer.resourceType }),
          ...(answer.resourceId === undefined ? {} : { resourceId: answer.resourceId }),
        });
        return;
      case 'account':
        this.accounts.add({ item: answer.item, seq: this.seq++, file, position });
        return;
      case 'skipped':
        this.seq += 1;
        if (answer.related !== undefined) this.related.offer(answer.related);
        tally.skip('no-selected-rule-for-type', answer.resourceType);
        return;
      case 'evaluated':
        if (answer.related !== undefined) this.related.offer(answer.related);
        this.recordEvaluated({ seq: this.seq++, file, position, key: answer.key }, answer.rules, answer.json);
    }
  }

  /**
   * The merged `AWS::::Account` items, once the input is complete (see account-items.ts), evaluated
   * here: they are few. Before the waiting items, which may need one as a related resource.
   */
  evaluateAccounts(): void {
    for (const { item, from, count } of this.accounts.merged()) {
      this.related.offer(item);
      const runs = this.runs.byType.get(item.resourceType);
      if (count > 1) this.tally.skip('merged-into-account-item', item.resourceType, count - 1);
      if (runs === undefined) {
        // Held only as a related resource of another type's rule.
        this.tally.skip('no-selected-rule-for-type', item.resourceType);
        continue;
      }
      this.tally.itemsEvaluated += 1;
      const origin = { seq: from.seq, file: from.file, position: from.position, key: item };
      const position = positionJson(from.position);
      for (const [at, answer] of answerRules(item, runs, this.related).entries()) {
        const run = runs[at];
        if (run !== undefined) this.recordRule(run, answer, origin, position);
      }
    }
  }

  /** The items put aside for related resources, in batches, without those superseded while they waited. */
  *waitingBatches(): Generator<DeferredBatch> {
    for (const batch of this.deferred.drain()) {
      const latest = batch.metas.flatMap((meta, at) => (this.latest.isLatest(meta.key, meta.seq) ? [at] : []));
      if (latest.length === 0) continue;
      yield latest.length === batch.metas.length ? batch : { metas: latest.map((at) => batch.metas[at]!), texts: latest.map((at) => batch.texts[at]!) };
    }
  }

  /** A waiting batch's answers: per item, one per rule that waited. */
  recordWaiting(batch: DeferredBatch, answers: readonly (readonly RuleAnswer[])[]): void {
    for (const [at, meta] of batch.metas.entries()) {
      const position = positionJson(meta.position);
      const list = answers[at] ?? [];
      for (const [n, index] of meta.rules.entries()) {
        const run = this.runs.ordered[index];
        const answer = list[n];
        if (run !== undefined && answer !== undefined) this.recordRule(run, answer, meta, position);
      }
    }
  }

  private recordEvaluated(origin: ItemOrigin, answers: readonly RuleAnswer[], json: string | undefined): void {
    const runs = this.runs.byType.get(origin.key.resourceType) ?? [];
    if (!this.admit(origin.key, origin.seq)) return;
    const position = positionJson(origin.position);
    const waiting: number[] = [];
    for (const [at, answer] of answers.entries()) {
      const run = runs[at];
      if (run === undefined) continue;
      if (answer.kind === 'waits') waiting.push(run.index);
      else this.recordRule(run, answer, origin, position);
    }
    if (waiting.length > 0) this.deferred.add({ ...origin, rules: waiting }, json ?? '');
  }

  /** Offers the item as its resource's latest; false when a later item already stands for it. */
  private admit(key: ItemKey, seq: number): boolean {
    const outcome = this.latest.offer(key, seq);
    if (outcome.kind === 'older') {
      this.tally.skip('superseded-by-later-item', key.resourceType);
      return false;
    }
    if (outcome.kind === 'newer') {
      this.store.supersede(outcome.superseded);
      this.tally.itemsEvaluated -= 1;
      this.tally.skip('superseded-by-later-item', key.resourceType);
    }
    this.tally.itemsEvaluated += 1;
    return true;
  }

  /** One rule's evaluation of an admitted item, or its error. */
  private recordRule(run: RuleRun, answer: RuleAnswer, origin: ItemOrigin, position: string): void {
    if (answer.kind === 'evaluation') {
      this.store.add(origin.seq, run.rule.id, answer.compliance, { file: origin.file, position, evaluation: answer.json });
      return;
    }
    if (answer.kind === 'waits') return;
    this.tally.ruleErrors += 1;
    this.tally.itemError({
      file: this.tally.files[origin.file] ?? '',
      position: origin.position,
      error: answer.error,
      message: answer.message,
      resourceType: origin.key.resourceType,
      resourceId: origin.key.resourceId,
      rule: run.rule.id,
    });
  }
}
