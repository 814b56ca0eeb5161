import type { Evaluation } from '@aws-sdk/client-config-service';

const iso = (value: Date | undefined): string => (value === undefined ? '' : value.toISOString());

/** The evaluations as PutEvaluations would carry them, timestamps as ISO strings. */
export function evaluationsJson(evaluations: readonly Evaluation[]): string {
  return `${JSON.stringify(
    evaluations.map((evaluation) => ({ ...evaluation, OrderingTimestamp: iso(evaluation.OrderingTimestamp) })),
    null,
    2,
  )}\n`;
}

/** One line per evaluation, aligned, for people. */
export function evaluationsTable(evaluations: readonly Evaluation[]): string {
  if (evaluations.length === 0) return 'The handler sent no evaluations.\n';
  const rows = evaluations.map((evaluation) => [
    evaluation.ComplianceType ?? '',
    evaluation.ComplianceResourceType ?? '',
    evaluation.ComplianceResourceId ?? '',
    iso(evaluation.OrderingTimestamp),
    evaluation.Annotation ?? '',
  ]);
  const header = ['COMPLIANCE', 'RESOURCE TYPE', 'RESOURCE ID', 'ORDERING TIMESTAMP', 'ANNOTATION'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[header, ...rows].map(line).join('\n')}\n`;
}
