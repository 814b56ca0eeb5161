import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type ConfigurationItem, defineRule, type RuleDefinition } from '../../rule-kit';
import { createHandler, type ReportableEvaluation } from '../../rule-kit/lambda';
import { fileSource, REPORT_ORDER, type ReportedEvaluation, scan, selectRules } from '../../rule-kit/scanner';
import { changeEvent, loadItems, recordingConfigClient, scheduledEvent } from '../../rule-kit/testing';
import { rules } from '../../rules';

/**
 * Every recorded fixture of every rule, through both adapters of the one evaluation core: the Lambda
 * handler (Config's side played by a recording Config client) and the offline scanner reading the
 * fixture file. The evaluations must agree field by field.
 */
const NETWORK_FIXTURES = join(__dirname, '..', 'rule-kit', 'network', 'fixtures');

function fixtureDirs(rule: RuleDefinition): string[] {
  const own = join(__dirname, rule.id, 'fixtures');
  // The security-group rules share their recorded groups (test/rule-kit/network/fixtures).
  const shared = rule.resourceTypes.includes('AWS::EC2::SecurityGroup') ? [NETWORK_FIXTURES] : [];
  return [...(existsSync(own) ? [own] : []), ...shared];
}

const cases = rules.flatMap((rule) =>
  fixtureDirs(rule).flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => [rule.id, name, rule, join(dir, name)] as const),
  ),
);

const DISCARD_LOGS = (): void => undefined;

/**
 * The rule as the offline scanner runs it: its related resources without live fallbacks (the scanner
 * cannot reach the account, and a fallback would read S3 Control where Config holds no item).
 */
function withoutLiveFallbacks(rule: RuleDefinition): RuleDefinition {
  if (rule.related === undefined) return rule;
  const related = Object.fromEntries(Object.entries(rule.related).map(([name, { liveFallback: _dropped, ...spec }]) => [name, spec]));
  return defineRule({ ...rule, related });
}

/** What the Lambda sends for one item: a change notification, or a scheduled run collecting exactly it. */
async function lambdaEvaluations(rule: RuleDefinition, item: ConfigurationItem, recorded: readonly ConfigurationItem[]): Promise<ReportableEvaluation[]> {
  const config = recordingConfigClient({ items: recorded });
  rule = withoutLiveFallbacks(rule);
  try {
    if (rule.triggers.includes('change')) {
      await createHandler(rule, { region: item.awsRegion, logSink: DISCARD_LOGS })(changeEvent(item));
    } else {
      // Periodic: the rule's collector stands in for the AWS calls; the notification time is the item's
      // capture time, so the OrderingTimestamp is the one the scanner gives the item.
      const collected = defineRule({
        ...rule,
        collector: async function* collectTheItem() {
          yield item;
        },
      });
      const event = scheduledEvent({ accountId: item.awsAccountId, region: item.awsRegion, notificationCreationTime: item.configurationItemCaptureTime });
      await createHandler(collected, { region: item.awsRegion, logSink: DISCARD_LOGS })(event);
    }
    return config.evaluations() as ReportableEvaluation[];
  } finally {
    config.restore();
  }
}

/** Config keeps, per resource, the evaluation with the latest OrderingTimestamp (the later sent on a tie). */
function latestPerResource(evaluations: readonly ReportedEvaluation[]): ReportedEvaluation[] {
  const latest = new Map<string, ReportedEvaluation>();
  for (const evaluation of evaluations) {
    const key = JSON.stringify([evaluation.ComplianceResourceType, evaluation.ComplianceResourceId]);
    const kept = latest.get(key);
    if (kept === undefined || Date.parse(kept.OrderingTimestamp) <= Date.parse(evaluation.OrderingTimestamp)) latest.set(key, evaluation);
  }
  return sorted([...latest.values()]);
}

function sorted(evaluations: ReportedEvaluation[]): ReportedEvaluation[] {
  const key = (evaluation: ReportedEvaluation): string => `${evaluation.ComplianceResourceType}\u0000${evaluation.ComplianceResourceId}`;
  return evaluations.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

async function scannerEvaluations(rule: RuleDefinition, file: string): Promise<ReportedEvaluation[]> {
  const report = await scan(fileSource([file]), { rules: selectRules([rule]).selected });
  expect(report.errors).toEqual([]);
  const out: ReportedEvaluation[] = [];
  for (const compliance of REPORT_ORDER) for await (const scanned of report.evaluations(rule.id, compliance)) out.push(scanned.evaluation);
  return sorted(out);
}

describe('Lambda and scanner evaluate every rule fixture alike', () => {
  it('covers every rule that has fixtures', () => {
    const covered = new Set(cases.map(([id]) => id));
    expect(covered.size).toBeGreaterThanOrEqual(14);
  });

  it.each(cases)('%s %s', async (_id, _name, rule, file) => {
    // Prepare
    const items = loadItems(file);
    // Act
    // Config invokes a rule only for the types it declares; the scanner skips the others.
    const inScope = items.filter((candidate) => rule.resourceTypes.includes(candidate.resourceType));
    const lambda: ReportedEvaluation[] = [];
    for (const item of inScope) {
      for (const evaluation of await lambdaEvaluations(rule, item, items)) {
        lambda.push({
          ConfigRuleName: rule.id,
          ComplianceResourceType: evaluation.ComplianceResourceType,
          ComplianceResourceId: evaluation.ComplianceResourceId,
          ComplianceType: evaluation.ComplianceType,
          ...(evaluation.Annotation === undefined ? {} : { Annotation: evaluation.Annotation }),
          OrderingTimestamp: new Date(evaluation.OrderingTimestamp).toISOString(),
        });
      }
    }
    const scanned = await scannerEvaluations(rule, file);
    // Assess
    expect(scanned).toEqual(latestPerResource(lambda));
    expect(scanned.length > 0).toBe(inScope.length > 0);
  });
});
