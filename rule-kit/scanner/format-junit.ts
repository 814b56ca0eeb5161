import { describePosition } from './item-position';
import { isInputError, REPORT_ORDER, type ScanReport } from './scan-report';
import type { TextOutput } from './text-output';

/** Characters XML 1.0 does not allow at all, even escaped. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as XML character data or an attribute value, characters XML cannot hold dropped.
 *
 * @example
 * xmlEscape('a < b & "c"'); // 'a &lt; b &amp; &quot;c&quot;'
 */
export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * JUnit XML for CI systems: one test suite per rule, one test case per evaluated resource. Non-compliant
 * is a failure, not applicable is skipped; items that could not be evaluated are errors in a suite of
 * their own, so a CI run never passes over them.
 *
 * @example
 * await formatJunit(report, new FileTextOutput('report.xml'));
 */
export async function formatJunit(report: ScanReport, out: TextOutput): Promise<void> {
  const { summary } = report;
  // The listed errors (capped, see ScanSummary.errorsListed), so the counts match the test cases written.
  const errors = report.errors.length;
  const notEvaluated = summary.notEvaluated;
  await out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  await out.write(
    `<testsuites name="config-rules scan" tests="${summary.evaluations + errors + notEvaluated.length}" failures="${summary.compliance.NON_COMPLIANT}" ` +
      `errors="${errors}" skipped="${summary.compliance.NOT_APPLICABLE + notEvaluated.length}">\n`,
  );
  for (const rule of report.rules) {
    const counts = summary.byRule[rule.id] ?? { COMPLIANT: 0, NON_COMPLIANT: 0, NOT_APPLICABLE: 0 };
    const missing = notEvaluated.filter((entry) => entry.ConfigRuleName === rule.id);
    const tests = counts.COMPLIANT + counts.NON_COMPLIANT + counts.NOT_APPLICABLE + missing.length;
    await out.write(
      `  <testsuite name="${xmlEscape(rule.id)}" tests="${tests}" failures="${counts.NON_COMPLIANT}" errors="0" skipped="${counts.NOT_APPLICABLE + missing.length}">\n`,
    );
    await out.write(`    <properties><property name="description" value="${xmlEscape(rule.description)}"/></properties>\n`);
    // A rule that saw nothing is a skipped case with the reason, so CI shows it instead of an empty suite.
    for (const entry of missing) {
      const place = [entry.account, entry.region].filter((part) => part !== undefined).join('/');
      const name = xmlEscape(`not evaluated${place === '' ? '' : ` in ${place}`}`);
      await out.write(`    <testcase classname="${xmlEscape(rule.id)}" name="${name}"><skipped message="${xmlEscape(entry.reason)}"/></testcase>\n`);
    }
    for (const compliance of REPORT_ORDER) {
      for await (const { evaluation } of report.evaluations(rule.id, compliance)) {
        const name = xmlEscape(`${evaluation.ComplianceResourceType} ${evaluation.ComplianceResourceId}`);
        const open = `    <testcase classname="${xmlEscape(rule.id)}" name="${name}"`;
        const annotation = xmlEscape(evaluation.Annotation ?? '');
        if (compliance === 'NON_COMPLIANT') {
          await out.write(`${open}><failure type="NON_COMPLIANT" message="${annotation}">${annotation}</failure></testcase>\n`);
        } else if (compliance === 'NOT_APPLICABLE') {
          await out.write(`${open}><skipped message="${annotation}"/></testcase>\n`);
        } else {
          await out.write(`${open}/>\n`);
        }
      }
    }
    await out.write('  </testsuite>\n');
  }
  if (errors > 0) {
    await out.write(`  <testsuite name="unevaluated-items" tests="${errors}" failures="0" errors="${errors}" skipped="0">\n`);
    for (const error of report.errors) {
      const where = isInputError(error) ? error.file : `${error.file} ${describePosition(error.position)}`;
      const rule = isInputError(error) ? undefined : error.rule;
      await out.write(
        `    <testcase classname="${xmlEscape(rule ?? 'unevaluated-items')}" name="${xmlEscape(where)}">` +
          `<error type="${xmlEscape(error.error)}" message="${xmlEscape(error.message)}"/></testcase>\n`,
      );
    }
    await out.write('  </testsuite>\n');
  }
  await out.write('</testsuites>\n');
}
