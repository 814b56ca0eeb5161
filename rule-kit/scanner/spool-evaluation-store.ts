import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ComplianceType } from '../compliance';
import { scannedEvaluationOf, type EvaluationRecord, type EvaluationStore } from './evaluation-store';
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
      group = { file: new SpoolFile(join(this.dir, `${this.fileCount++}.jsonl`)), count: 0 };
      byCompliance[compliance] = group;
    }
    group.file.append(`${seq}\t${record.file}\t${record.position}\t${record.evaluation}`);
    group.count += 1;
  }

  supersede(seq: number): void {
    this.superseded.add(seq);
  }

  async finish(): Promise<void> {
    for (const group of this.allGroups()) group.file.close();
    if (this.superseded.size === 0) return;
    // Rare (history input): recount what is left once, so counts never include withdrawn evaluations.
    for (const group of this.allGroups()) {
      let count = 0;
      for (const line of group.file.readLines()) if (!this.superseded.has(seqOf(line))) count += 1;
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
    for (const line of this.lines(ruleId, compliance)) {
      const [, file = '0', position = '{}', evaluation = '{}'] = line.split('\t');
      yield scannedEvaluationOf({ file: Number(file), position, evaluation });
    }
  }

  /**
   * Each line's evaluation (the fourth field: the first three never hold a tab) as bytes, never
   * decoded: the JSON report of a large scan is mostly this copy. Compacted within the chunk just read
   * (`copyWithin`, a memmove; a `Buffer.copy` per line cost about 30 ms per 100,000): a line loses its
   * prefix (at least 7 bytes) and gains at most a comma and a newline, so no byte is overwritten
   * before it is moved.
   */
  async *readJson(ruleId: string, compliance: ComplianceType): AsyncIterable<Uint8Array> {
    const group = this.groups.get(ruleId)?.[compliance];
    if (group === undefined) return;
    for (const chunk of group.file.readByteChunks()) {
      let written = 0;
      for (let start = 0; start < chunk.length; ) {
        let end = chunk.indexOf(NEWLINE, start);
        if (end === -1) end = chunk.length;
        const line = start;
        start = end + 1;
        if (this.superseded.size > 0 && this.superseded.has(seqOfBytes(chunk, line))) continue;
        let field = line;
        for (let tabs = 0; tabs < 3 && field < end; field += 1) if (chunk[field] === TAB) tabs += 1;
        if (written > 0) {
          chunk[written] = COMMA;
          chunk[written + 1] = NEWLINE;
          written += 2;
        }
        chunk.copyWithin(written, field, end);
        written += end - field;
      }
      if (written > 0) yield chunk.subarray(0, written);
    }
  }

  private *lines(ruleId: string, compliance: ComplianceType): Generator<string> {
    const group = this.groups.get(ruleId)?.[compliance];
    if (group === undefined) return;
    for (const line of group.file.readLines()) {
      if (this.superseded.size > 0 && this.superseded.has(seqOf(line))) continue;
      yield line;
    }
  }

  private *allGroups(): Generator<Group> {
    for (const byCompliance of this.groups.values()) for (const group of Object.values(byCompliance)) yield group;
  }

  async dispose(): Promise<void> {
    for (const group of this.allGroups()) group.file.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function seqOf(line: string): number {
  return Number(line.slice(0, line.indexOf('\t')));
}

const TAB = 0x09;
const NEWLINE = 0x0a;
const COMMA = 0x2c;

/** The sequence number at the start of the line at `start` (decimal digits up to the first tab). */
function seqOfBytes(chunk: Buffer, start: number): number {
  let seq = 0;
  for (let at = start; chunk[at] !== TAB && at < chunk.length; at += 1) seq = seq * 10 + ((chunk[at] ?? 0x30) - 0x30);
  return seq;
}
