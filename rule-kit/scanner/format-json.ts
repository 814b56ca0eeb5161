import { REPORT_ORDER, type ScanReport } from './scan-report';
import type { TextOutput } from './text-output';

/**
 * One JSON document: `{"evaluations":[...],"summary":{...},"errors":[...]}`. Evaluations carry the
 * PutEvaluations field names (plus ConfigRuleName), one per line, grouped by rule in pack order and,
 * within a rule, non-compliant first. Streamed: the evaluations are never all in memory.
 *
 * @example
 * await formatJson(report, new FileTextOutput('report.json'));
 */
export async function formatJson(report: ScanReport, out: TextOutput): Promise<void> {
  await out.write('{"evaluations":[');
  let first = true;
  for (const rule of report.rules) {
    for (const compliance of REPORT_ORDER) {
      for await (const chunk of report.evaluationsJson(rule.id, compliance)) {
        await out.write(first ? '\n' : ',\n');
        await out.writeBytes(chunk);
        first = false;
      }
    }
  }
  await out.write(`${first ? '' : '\n'}],\n"summary":${JSON.stringify(report.summary, null, 2)},\n"errors":`);
  await out.write(`${JSON.stringify(report.errors, null, 2)}}\n`);
}
