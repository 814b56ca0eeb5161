import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ComplianceType } from '../compliance';
import { groupKey, type EvaluationStore } from './evaluation-store';
import { zeroCounts, type ComplianceCounts, type ScannedEvaluation } from './scan-report';
import { SpoolFile } from './spool-file';

interface Group {
  readonly file: SpoolFile;
  count: number;
}

/**
 * Keeps evaluations in temporary files, one per rule and compliance, so memory stays flat however many
 * resources a snapshot holds, and reports can list each rule's non-compliant resources first without
 * sorting. A line is `seq<TAB>[file, position, evaluation]`; superseded items are dropped when read.
 */
export class SpoolEvaluationStore implements EvaluationStore {
  private readonly dir = mkdtempSync(join(tmpdir(), 'config-rules-scan-'));
  private readonly groups = new Map<string, Group>();
  private readonly superseded = new Set<number>();

  add(seq: number, ruleId: string, scanned: ScannedEvaluation): void {
    const key = groupKey(ruleId, scanned.evaluation.ComplianceType);
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { file: new SpoolFile(join(this.dir, `${this.groups.size}.jsonl`)), count: 0 };
      this.groups.set(key, group);
    }
    group.file.append(`${seq}\t${JSON.stringify([scanned.file, scanned.position, scanned.evaluation])}`);
    group.count += 1;
  }

  supersede(seq: number): void {
    this.superseded.add(seq);
  }

  async finish(): Promise<void> {
    for (const group of this.groups.values()) group.file.close();
    if (this.superseded.size === 0) return;
    // Rare (history input): recount what is left once, so counts never include withdrawn evaluations.
    for (const group of this.groups.values()) {
      let count = 0;
      for await (const line of group.file.readLines()) if (!this.superseded.has(seqOf(line))) count += 1;
      group.count = count;
    }
  }

  async counts(ruleId: string): Promise<ComplianceCounts> {
    const counts = zeroCounts();
    for (const compliance of Object.keys(counts) as ComplianceType[]) {
      counts[compliance] = this.groups.get(groupKey(ruleId, compliance))?.count ?? 0;
    }
    return counts;
  }

  async *read(ruleId: string, compliance: ComplianceType): AsyncIterable<ScannedEvaluation> {
    const group = this.groups.get(groupKey(ruleId, compliance));
    if (group === undefined) return;
    for await (const line of group.file.readLines()) {
      const tab = line.indexOf('\t');
      if (this.superseded.size > 0 && this.superseded.has(Number(line.slice(0, tab)))) continue;
      const [file, position, evaluation] = JSON.parse(line.slice(tab + 1)) as [
        ScannedEvaluation['file'],
        ScannedEvaluation['position'],
        ScannedEvaluation['evaluation'],
      ];
      yield { file, position, evaluation };
    }
  }

  async dispose(): Promise<void> {
    for (const group of this.groups.values()) group.file.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function seqOf(line: string): number {
  return Number(line.slice(0, line.indexOf('\t')));
}
