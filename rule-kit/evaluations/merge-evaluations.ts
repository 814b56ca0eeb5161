import type { ComplianceType } from '../compliance';
import { truncateAnnotation } from './annotation';
import type { ReportableEvaluation } from './build-evaluation';

/** Higher is more severe. The streaming reporter ranks a resource's later evaluations by it too. */
export const SEVERITY: Readonly<Record<ComplianceType, number>> = {
  NON_COMPLIANT: 2,
  COMPLIANT: 1,
  NOT_APPLICABLE: 0,
};

/** Separates distinct annotations of one resource's merged evaluation. */
export const ANNOTATION_SEPARATOR = '; ';

function keyOf(evaluation: ReportableEvaluation): string {
  // JSON keeps the pair unambiguous whatever characters the id holds.
  return JSON.stringify([evaluation.ComplianceResourceType, evaluation.ComplianceResourceId]);
}

function mergeGroup(group: readonly ReportableEvaluation[]): ReportableEvaluation {
  const worst = Math.max(...group.map((evaluation) => SEVERITY[evaluation.ComplianceType]));
  // Latest first; sort is stable, so equal times keep the order they were produced in.
  const winners = group
    .filter((evaluation) => SEVERITY[evaluation.ComplianceType] === worst)
    .sort((a, b) => b.OrderingTimestamp.getTime() - a.OrderingTimestamp.getTime());
  const [winner] = winners;
  if (winner === undefined) throw new Error('unreachable: a group has at least one evaluation');
  const annotations = [...new Set(winners.flatMap((evaluation) => evaluation.Annotation ?? []))];
  const merged: ReportableEvaluation = {
    ComplianceResourceType: winner.ComplianceResourceType,
    ComplianceResourceId: winner.ComplianceResourceId,
    ComplianceType: winner.ComplianceType,
    OrderingTimestamp: winner.OrderingTimestamp,
  };
  const annotation = truncateAnnotation(annotations.join(ANNOTATION_SEPARATOR));
  return annotation === undefined ? merged : { ...merged, Annotation: annotation };
}

/**
 * One evaluation per (ComplianceResourceType, ComplianceResourceId): PutEvaluations would keep only
 * one of several for the same resource, and which one is not documented, so the kit decides.
 *
 * The rule:
 * 1. The most severe compliance wins: NON_COMPLIANT > COMPLIANT > NOT_APPLICABLE. A resource that any
 *    check found non-compliant must not be reported compliant (fail safe).
 * 2. Among the evaluations with that compliance, the latest OrderingTimestamp is kept.
 * 3. Their distinct annotations are joined with "; ", latest first (so the winner's own reason survives
 *    a cut), then cut to the annotation limit. Annotations of the losing compliance types are dropped:
 *    they would explain a verdict that is not the one reported.
 * Output order is the order in which each resource was first seen, so reports are reproducible.
 */
export function mergeEvaluations(evaluations: readonly ReportableEvaluation[]): ReportableEvaluation[] {
  const groups = new Map<string, ReportableEvaluation[]>();
  for (const evaluation of evaluations) {
    const key = keyOf(evaluation);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [evaluation]);
    else group.push(evaluation);
  }
  return [...groups.values()].map((group) => (group.length === 1 && group[0] !== undefined ? group[0] : mergeGroup(group)));
}
