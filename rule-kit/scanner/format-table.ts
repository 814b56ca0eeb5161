import type { ComplianceType } from '../compliance';
import { describePosition } from './item-position';
import { isInputError, REPORT_ORDER, type ScanReport, type ScanSummary, type SkipReason } from './scan-report';
import type { NotEvaluatedRule } from './not-evaluated';
import type { TextOutput } from './text-output';

export interface TableOptions {
  /** ANSI colours: the CLI turns them on only when the output is a TTY. */
  readonly color: boolean;
  /** List compliant and not-applicable resources too, not only their counts. */
  readonly verbose: boolean;
}

const MARK: Readonly<Record<ComplianceType, string>> = {
  NON_COMPLIANT: '✗',
  COMPLIANT: '✓',
  NOT_APPLICABLE: '-',
};

const WORDS: Readonly<Record<ComplianceType, string>> = {
  NON_COMPLIANT: 'non-compliant',
  COMPLIANT: 'compliant',
  NOT_APPLICABLE: 'not applicable',
};

const COLOUR: Readonly<Record<ComplianceType | 'bold' | 'dim', string>> = {
  NON_COMPLIANT: '\u001b[31m',
  COMPLIANT: '\u001b[32m',
  NOT_APPLICABLE: '\u001b[2m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
};
const RESET = '\u001b[0m';

const SKIP_REASON_TEXT: Readonly<Record<SkipReason, string>> = {
  'no-selected-rule-for-type': 'no selected rule evaluates this type',
  'superseded-by-later-item': 'superseded by a later item of the same resource',
  'merged-into-account-item': 'merged into one item per account and region',
};

/**
 * For people: one block per rule, its non-compliant resources first with the reason, then the counts
 * of compliant and not-applicable ones (listed too with `verbose`), then what was read, skipped and
 * could not be read.
 *
 * @example
 * await formatTable(report, new StreamTextOutput(process.stdout), { color: false, verbose: false });
 */
export async function formatTable(report: ScanReport, out: TextOutput, options: TableOptions): Promise<void> {
  const paint = (style: keyof typeof COLOUR, text: string): string => (options.color ? `${COLOUR[style]}${text}${RESET}` : text);
  for (const rule of report.rules) {
    const counts = report.summary.byRule[rule.id];
    const missing = report.summary.notEvaluated.filter((entry) => entry.ConfigRuleName === rule.id);
    const seen = REPORT_ORDER.some((type) => (counts?.[type] ?? 0) > 0);
    if (!seen && missing.length > 0) {
      // Nothing reached the rule: no tally of zeros, which would read as a clean result.
      await out.write(`${paint('bold', rule.id)}  ${paint('NON_COMPLIANT', 'not evaluated')}\n`);
      for (const entry of missing) await out.write(`  ? ${notEvaluatedLine(entry)}\n`);
      await out.write('\n');
      continue;
    }
    const tally = REPORT_ORDER.map((type) => paint(type, `${counts?.[type] ?? 0} ${WORDS[type]}`)).join(', ');
    await out.write(`${paint('bold', rule.id)}  ${tally}\n`);
    for (const type of options.verbose ? REPORT_ORDER : REPORT_ORDER.slice(0, 1)) {
      for await (const { evaluation } of report.evaluations(rule.id, type)) {
        const reason = evaluation.Annotation === undefined ? '' : `  ${evaluation.Annotation}`;
        await out.write(`  ${paint(type, MARK[type])} ${evaluation.ComplianceResourceType} ${evaluation.ComplianceResourceId}${reason}\n`);
      }
    }
    for (const entry of missing) await out.write(`  ${paint('NON_COMPLIANT', '?')} not evaluated ${notEvaluatedLine(entry)}\n`);
    await out.write('\n');
  }
  for (const notRun of report.summary.rulesNotRun) {
    await out.write(`${paint('dim', `${notRun.rule}: not run (${notRun.reason})`)}\n`);
  }
  await out.write(summaryLines(report.summary, paint).join('\n') + '\n');
  if (report.errors.length > 0) {
    await out.write(`\n${paint('NON_COMPLIANT', 'Could not evaluate:')}\n`);
    for (const error of report.errors) {
      if (isInputError(error)) {
        await out.write(`  ${error.file}: ${error.message}\n`);
        continue;
      }
      const rule = error.rule === undefined ? '' : ` [${error.rule}]`;
      await out.write(`  ${error.file} ${describePosition(error.position)}${rule}: ${error.message}\n`);
    }
    const unlisted = report.summary.itemsMalformed + report.summary.ruleErrors + (report.summary.inputErrors ?? 0) - report.errors.length;
    if (unlisted > 0) await out.write(`  ... and ${unlisted} more (use --format json for the list)\n`);
  }
}

function notEvaluatedLine(entry: NotEvaluatedRule): string {
  const place = [entry.account, entry.region].filter((part) => part !== undefined).join('/');
  return `${place === '' ? '' : `in ${place}: `}${entry.reason}`;
}

function summaryLines(summary: ScanSummary, paint: (style: ComplianceType | 'bold' | 'dim', text: string) => string): string[] {
  const lines = [
    `${paint('bold', 'Scanned')} ${summary.files} file(s): ${summary.itemsRead} item(s) read, ${summary.itemsEvaluated} evaluated, ` +
      `${summary.itemsSkipped} skipped, ${summary.itemsMalformed} malformed.`,
  ];
  for (const skipped of summary.skipped) {
    const why = SKIP_REASON_TEXT[skipped.reason];
    lines.push(`  skipped ${skipped.count} ${skipped.resourceType}: ${why}`);
  }
  for (const skipped of summary.inputsSkipped ?? []) lines.push(`  skipped ${skipped.count} input(s): ${skipped.reason}, not Config data`);
  if (summary.inputErrors !== undefined) lines.push(`  ${summary.inputErrors} input(s) could not be read (listed below)`);
  lines.push(
    `${paint('bold', 'Evaluations')} ${summary.evaluations}: ` +
      REPORT_ORDER.map((type) => paint(type, `${summary.compliance[type]} ${WORDS[type]}`)).join(', ') +
      (summary.ruleErrors > 0 ? `, ${summary.ruleErrors} rule error(s)` : '') +
      '.',
  );
  const notEvaluated = new Set(summary.notEvaluated.map((entry) => entry.ConfigRuleName));
  if (notEvaluated.size > 0) {
    lines.push(`${paint('NON_COMPLIANT', 'Not evaluated')} ${notEvaluated.size} rule(s): ${[...notEvaluated].join(', ')} (see above; --require-evidence fails the scan on these).`);
  }
  return lines;
}
