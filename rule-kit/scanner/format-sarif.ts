import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describePosition, type ItemPosition } from './item-position';
import { isInputError, type InputError, type ScanReport } from './scan-report';
import type { TextOutput } from './text-output';

export interface SarifOptions {
  readonly toolVersion: string;
  /** Artifact URIs are relative to this folder when the file is inside it (code-scanning dashboards expect that). */
  readonly baseDir: string;
}

function artifactUri(file: string, baseDir: string): string {
  const rel = relative(baseDir, file);
  if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) return encodeURI(rel.split(sep).join('/'));
  return pathToFileURL(file).href;
}

/** An input that could not be read: a notification located at the input itself. */
function inputNotification(error: InputError, baseDir: string): Record<string, unknown> {
  return {
    level: 'error',
    message: { text: error.message },
    descriptor: { id: error.error },
    locations: [{ physicalLocation: { artifactLocation: { uri: /^[a-z][a-z0-9+.-]*:/i.test(error.file) && !/^[a-z]:[\\/]/i.test(error.file) ? error.file : artifactUri(error.file, baseDir) } } }],
  };
}

function region(position: ItemPosition): { startLine: number } | undefined {
  return 'line' in position ? { startLine: position.line } : undefined;
}

/**
 * SARIF 2.1.0 for code-scanning dashboards: one run, every selected rule in `tool.driver.rules` with
 * its description, one `error` result per NON_COMPLIANT evaluation (ruleId = the rule id) located at
 * the input file and, logically, at the resource. Items that could not be evaluated are tool
 * notifications of the invocation. Results are streamed.
 *
 * @example
 * await formatSarif(report, new FileTextOutput('report.sarif'), { toolVersion: '0.1.0', baseDir: process.cwd() });
 */
export async function formatSarif(report: ScanReport, out: TextOutput, options: SarifOptions): Promise<void> {
  const rules = report.rules.map((rule) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    defaultConfiguration: { level: 'error' },
    properties: { resourceTypes: rule.resourceTypes, triggers: rule.triggers },
  }));
  const driver = { name: 'config-rules', version: options.toolVersion, rules };
  const head = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
  };
  await out.write(`${JSON.stringify(head).slice(0, -1)},"runs":[{"tool":${JSON.stringify({ driver })},"results":[`);
  let first = true;
  for (const [ruleIndex, rule] of report.rules.entries()) {
    for await (const { evaluation, file, position } of report.evaluations(rule.id, 'NON_COMPLIANT')) {
      const fullName = `${evaluation.ComplianceResourceType}/${evaluation.ComplianceResourceId}`;
      const where = region(position);
      const result = {
        ruleId: rule.id,
        ruleIndex,
        level: 'error',
        message: { text: evaluation.Annotation ?? `${fullName} is non-compliant with ${rule.id}.` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: artifactUri(report.files[file] ?? '', options.baseDir) },
              ...(where === undefined ? {} : { region: where }),
            },
            logicalLocations: [{ name: evaluation.ComplianceResourceId, fullyQualifiedName: fullName, kind: 'resource' }],
          },
        ],
        partialFingerprints: { 'configResource/v1': `${rule.id}|${fullName}` },
        properties: { resourceType: evaluation.ComplianceResourceType, resourceId: evaluation.ComplianceResourceId, position: describePosition(position) },
      };
      await out.write(`${first ? '\n' : ',\n'}${JSON.stringify(result)}`);
      first = false;
    }
  }
  const notifications = report.errors.map((error) => (isInputError(error) ? inputNotification(error, options.baseDir) : {
    level: 'error',
    message: { text: error.message },
    descriptor: { id: error.error },
    ...(error.rule === undefined ? {} : { associatedRule: { id: error.rule } }),
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(error.file, options.baseDir) },
          ...(region(error.position) === undefined ? {} : { region: region(error.position) }),
        },
        logicalLocations: [{ fullyQualifiedName: `${error.resourceType ?? '?'}/${error.resourceId ?? '?'}`, kind: 'resource' }],
      },
    ],
  }));
  // A rule that saw nothing is said so, per rule (and place), never left as an empty result list.
  const notEvaluated = report.summary.notEvaluated.map((entry) => ({
    level: 'warning',
    message: { text: `${entry.ConfigRuleName} not evaluated${entry.account === undefined ? '' : ` in ${[entry.account, entry.region].filter((p) => p !== undefined).join('/')}`}: ${entry.reason}` },
    descriptor: { id: 'RuleNotEvaluated' },
    associatedRule: { id: entry.ConfigRuleName },
    properties: { resourceTypes: entry.resourceTypes, ...(entry.account === undefined ? {} : { account: entry.account }), ...(entry.region === undefined ? {} : { region: entry.region }) },
  }));
  const invocation = {
    executionSuccessful: true,
    toolExecutionNotifications: [...notifications, ...notEvaluated],
    properties: { summary: report.summary },
  };
  await out.write(`${first ? '' : '\n'}],"invocations":[${JSON.stringify(invocation)}]}]}\n`);
}
