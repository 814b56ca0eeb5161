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
 * sorting. A line is `seq<TAB>file<TAB>position<TAB>evaluation` (JSON, which has no raw tabs), so the
 * JSON report copies the evaluation text as is. Superseded items are dropped when read.
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
    group.file.append(`${seq}\t${scanned.file}\t${JSON.stringify(scanned.position)}\t${JSON.stringify(scanned.evaluation)}`);
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
    for await (const fields of this.lines(ruleId, compliance)) {
      const [, file = '0', position = '{}', evaluation = '{}'] = fields;
      yield {
        file: Number(file),
        position: JSON.parse(position) as ScannedEvaluation['position'],
        evaluation: JSON.parse(evaluation) as ScannedEvaluation['evaluation'],
      };
    }
  }

  async *readJson(ruleId: string, compliance: ComplianceType): AsyncIterable<string> {
    for await (const fields of this.lines(ruleId, compliance)) yield fields[3] ?? '{}';
  }

  private async *lines(ruleId: string, compliance: ComplianceType): AsyncIterable<string[]> {
    const group = this.groups.get(groupKey(ruleId, compliance));
    if (group === undefined) return;
    for await (const line of group.file.readLines()) {
      const fields = line.split('\t');
      if (this.superseded.size > 0 && this.superseded.has(Number(fields[0]))) continue;
      yield fields;
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
