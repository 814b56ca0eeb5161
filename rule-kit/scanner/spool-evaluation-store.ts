import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ComplianceType } from '../compliance';
import { scannedEvaluationOf, type EvaluationRecord, type EvaluationStore } from './evaluation-store';
import { zeroCounts, type ComplianceCounts, type ScannedEvaluation } from './scan-report';
import { SpoolFile } from './spool-file';

interface Group {
  /** `seq<TAB>file<TAB>position`, a line per evaluation. */
  readonly meta: SpoolFile;
  /** `evaluation,`, the same lines' evaluations: the JSON report's text, as it copies it. */
  readonly evaluations: SpoolFile;
  count: number;
}

const SEPARATOR = Buffer.from(',\n');
const SUPERSEDED_BATCH = 1000;

/**
 * Keeps evaluations in temporary files, two per rule and compliance, so memory stays flat however many
 * resources a snapshot holds, and reports can list each rule's non-compliant resources first without
 * sorting. One file holds each evaluation's JSON followed by a comma, a line each, which is the JSON
 * report's text as it is: the report copies it in chunks of bytes, never decoded (it was most of the
 * report's time). The other holds the sequence number, file and position of the same lines, for the
 * other formats and for superseded items, which are dropped when read.
 */
export class SpoolEvaluationStore implements EvaluationStore {
  private readonly dir = mkdtempSync(join(tmpdir(), 'config-rules-scan-'));
  /** Rule id → compliance → group: no key is built per evaluation. */
  private readonly groups = new Map<string, Partial<Record<ComplianceType, Group>>>();
  private fileCount = 0;
  private readonly superseded = new Set<number>();

  add(seq: number, ruleId: string, compliance: ComplianceType, record: EvaluationRecord): void {
    let byCompliance = this.groups.get(ruleId);
    if (byCompliance === undefined) {
      byCompliance = {};
      this.groups.set(ruleId, byCompliance);
    }
    let group = byCompliance[compliance];
    if (group === undefined) {
      const name = this.fileCount++;
      group = { meta: new SpoolFile(join(this.dir, `${name}.meta`)), evaluations: new SpoolFile(join(this.dir, `${name}.json`)), count: 0 };
      byCompliance[compliance] = group;
    }
    group.meta.append(`${seq}\t${record.file}\t${record.position}`);
    group.evaluations.append(`${record.evaluation},`);
    group.count += 1;
  }

  supersede(seq: number): void {
    this.superseded.add(seq);
  }

  async finish(): Promise<void> {
    for (const group of this.allGroups()) {
      group.meta.close();
      group.evaluations.close();
    }
    if (this.superseded.size === 0) return;
    // Rare (history input): recount what is left once, so counts never include withdrawn evaluations.
    for (const group of this.allGroups()) {
      let count = 0;
      for (const line of group.meta.readLines()) if (!this.superseded.has(seqOf(line))) count += 1;
      group.count = count;
    }
  }

  async counts(ruleId: string): Promise<ComplianceCounts> {
    const counts = zeroCounts();
    const byCompliance = this.groups.get(ruleId);
    for (const compliance of Object.keys(counts) as ComplianceType[]) counts[compliance] = byCompliance?.[compliance]?.count ?? 0;
    return counts;
  }

  async *read(ruleId: string, compliance: ComplianceType): AsyncIterable<ScannedEvaluation> {
    for (const { meta, evaluation } of this.live(ruleId, compliance)) {
      const [, file = '0', position = '{}'] = meta.split('\t');
      yield scannedEvaluationOf({ file: Number(file), position, evaluation });
    }
  }

  async *readJson(ruleId: string, compliance: ComplianceType): AsyncIterable<Uint8Array> {
    const group = this.groups.get(ruleId)?.[compliance];
    if (group === undefined) return;
    if (this.superseded.size > 0) {
      // Rare (history input): line by line, in batches, so a large group is never held whole.
      let batch: string[] = [];
      for (const { evaluation } of this.live(ruleId, compliance)) {
        batch.push(evaluation);
        if (batch.length < SUPERSEDED_BATCH) continue;
        yield Buffer.from(batch.join(',\n'));
        batch = [];
      }
      if (batch.length > 0) yield Buffer.from(batch.join(',\n'));
      return;
    }
    // Chunks end at a line's end, so each ends with `,\n`: dropped, as the report separates chunks.
    for (const chunk of group.evaluations.readByteChunks()) {
      if (chunk.length > SEPARATOR.length) yield chunk.subarray(0, chunk.length - SEPARATOR.length);
    }
  }

  /** The group's evaluations not superseded, with their meta lines, in the order added. */
  private *live(ruleId: string, compliance: ComplianceType): Generator<{ meta: string; evaluation: string }> {
    const group = this.groups.get(ruleId)?.[compliance];
    if (group === undefined) return;
    const evaluations = group.evaluations.readLines();
    for (const meta of group.meta.readLines()) {
      const next = evaluations.next();
      if (next.done === true) return;
      if (this.superseded.size > 0 && this.superseded.has(seqOf(meta))) continue;
      yield { meta, evaluation: next.value.slice(0, -1) };
    }
  }

  private *allGroups(): Generator<Group> {
    for (const byCompliance of this.groups.values()) for (const group of Object.values(byCompliance)) yield group;
  }

  async dispose(): Promise<void> {
    for (const group of this.allGroups()) {
      group.meta.close();
      group.evaluations.close();
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function seqOf(line: string): number {
  return Number(line.slice(0, line.indexOf('\t')));
}
