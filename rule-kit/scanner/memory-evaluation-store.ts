import type { ComplianceType } from '../compliance';
import { scannedEvaluationOf, type EvaluationRecord, type EvaluationStore } from './evaluation-store';
import { zeroCounts, type ComplianceCounts, type ScannedEvaluation } from './scan-report';

interface Entry {
  readonly seq: number;
  readonly record: EvaluationRecord;
}

/** Keeps evaluations in memory: for tests and programmatic scans of small inputs. */
export class MemoryEvaluationStore implements EvaluationStore {
  private readonly groups = new Map<string, Entry[]>();
  private readonly superseded = new Set<number>();

  add(seq: number, ruleId: string, compliance: ComplianceType, record: EvaluationRecord): void {
    const key = groupKey(ruleId, compliance);
    const group = this.groups.get(key);
    if (group === undefined) this.groups.set(key, [{ seq, record }]);
    else group.push({ seq, record });
  }

  supersede(seq: number): void {
    this.superseded.add(seq);
  }

  async finish(): Promise<void> {}

  async counts(ruleId: string): Promise<ComplianceCounts> {
    const counts = zeroCounts();
    for (const compliance of Object.keys(counts) as ComplianceType[]) {
      counts[compliance] = this.live(ruleId, compliance).length;
    }
    return counts;
  }

  async *read(ruleId: string, compliance: ComplianceType): AsyncIterable<ScannedEvaluation> {
    for (const entry of this.live(ruleId, compliance)) yield scannedEvaluationOf(entry.record);
  }

  async *readJson(ruleId: string, compliance: ComplianceType): AsyncIterable<Uint8Array> {
    const live = this.live(ruleId, compliance);
    if (live.length > 0) yield Buffer.from(live.map((entry) => entry.record.evaluation).join(',\n'));
  }

  async dispose(): Promise<void> {
    this.groups.clear();
  }

  private live(ruleId: string, compliance: ComplianceType): Entry[] {
    return (this.groups.get(groupKey(ruleId, compliance)) ?? []).filter((entry) => !this.superseded.has(entry.seq));
  }
}

function groupKey(ruleId: string, compliance: ComplianceType): string {
  return `${ruleId}\u0000${compliance}`;
}
