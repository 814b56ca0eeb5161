import { fixtureName, fieldPath, type NewRuleSpec } from './new-rule-spec';
import type { StarterCheck } from './starter-check';

const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function typeBlock(check: StarterCheck): string {
  const path = fieldPath(check);
  const field = quote(check.field);
  const [failing, failingWords, wrongType, wrongTypeWords] =
    check.kind === 'true' ? ['false', 'false', "'true'", 'not a boolean'] : ["''", 'empty', '42', 'not a string'];
  return `  describe(${quote(check.resourceType)}, () => {
    const item = fixture(${quote(fixtureName(check.resourceType))});

    it(${quote(`is COMPLIANT when ${path} is ${check.kind === 'true' ? 'true' : 'set'}`)}, () => {
      expectVerdict(rule, item, 'COMPLIANT');
    });

    it(${quote(`is NON_COMPLIANT, naming the resource, when ${path} is ${failingWords}`)}, () => {
      expectVerdict(rule, withField(item, ${field}, ${failing}), {
        compliance: 'NON_COMPLIANT',
        annotation: \`${path} is ${failingWords} on \${item.resourceType} \${item.resourceName ?? item.resourceId}.\`,
      });
    });

    it.each([
      ['missing', undefined],
      [${quote(wrongTypeWords)}, ${wrongType}],
    ])(${quote(`cannot evaluate, so NON_COMPLIANT, when ${path} is %s`)}, (_label, value) => {
      expectVerdict(rule, withField(item, ${field}, value), { compliance: 'NON_COMPLIANT', annotation: /^Cannot evaluate: .*${escapeRegExp(path)}/ });
    });

    it('is NOT_APPLICABLE once the resource is deleted', () => {
      expectVerdict(rule, deletedItem(item), 'NOT_APPLICABLE');
    });
  });`;
}

function lambdaBlock(spec: NewRuleSpec): string {
  const files = spec.checks.map((check) => quote(fixtureName(check.resourceType))).join(', ');
  if (spec.periodic) {
    const source = spec.collector ? 'its collector reads from Config' : 'Config recorded';
    return `describe(${quote(`${spec.id} Lambda`)}, () => {
  let config: RecordingConfigClient | undefined;
  afterEach(() => config?.restore());

  it(${quote(`reports a verdict for each resource ${source}, at the notification time`)}, async () => {
    const items = [${files}].map(fixture);
    config = recordingConfigClient({ items });
    await handler(scheduledEvent({ ruleName: ${quote(spec.id)} }));
    expect(config.evaluations()).toEqual(
      items.map((item) => ({
        ComplianceResourceType: item.resourceType,
        ComplianceResourceId: item.resourceId,
        ComplianceType: 'COMPLIANT',
        Annotation: expect.any(String),
        OrderingTimestamp: new Date(DEFAULT_SCHEDULED_TIME),
      })),
    );
  });
});`;
  }
  return `describe(${quote(`${spec.id} Lambda`)}, () => {
  let config: RecordingConfigClient | undefined;
  afterEach(() => config?.restore());

  it.each([${files}])('reports the verdict on %s through PutEvaluations, at its capture time', async (file) => {
    const item = fixture(file);
    config = recordingConfigClient();
    await handler(changeEvent(item, { ruleName: ${quote(spec.id)} }));
    expect(config.evaluations()).toEqual([
      {
        ComplianceResourceType: item.resourceType,
        ComplianceResourceId: item.resourceId,
        ComplianceType: 'COMPLIANT',
        Annotation: expect.any(String),
        OrderingTimestamp: new Date(item.configurationItemCaptureTime),
      },
    ]);
  });
});`;
}

/** Another type than the rule's, for the NOT_APPLICABLE case. */
function otherType(spec: NewRuleSpec): string {
  const types = new Set(spec.checks.map((check) => check.resourceType));
  return ['AWS::S3::Bucket', 'AWS::EC2::Instance', 'AWS::IAM::Role'].find((type) => !types.has(type)) ?? 'AWS::SNS::Topic';
}

export function testSource(spec: NewRuleSpec): string {
  const testing = ['deletedItem', 'expectVerdict', 'loadItem', 'recordingConfigClient', 'type RecordingConfigClient'];
  testing.push(...(spec.periodic ? ['DEFAULT_SCHEDULED_TIME', 'scheduledEvent'] : ['changeEvent']));
  const sorted = testing.sort((a, b) => a.replace('type ', '').localeCompare(b.replace('type ', '')));
  const [first] = spec.checks;
  return `import { join } from 'node:path';
import type { ConfigurationItem } from '../../../rule-kit';
import { ${sorted.join(', ')} } from '../../../rule-kit/testing';
import { rule } from '../../../rules/${spec.id}';
import { handler } from '../../../rules/${spec.id}/handler';

// The fixtures are config-rules sample-item output with the starter field set: replace them with items
// recorded from your account (config-rules record TYPE ID --redact) as the rule's check takes shape.
const fixture = (name: string): ConfigurationItem => loadItem(join(__dirname, 'fixtures', name));
const withField = (item: ConfigurationItem, field: string, value: unknown): ConfigurationItem => ({
  ...item,
  configuration: { ...(item.configuration as Record<string, unknown>), [field]: value },
});

describe(${quote(spec.id)}, () => {
${spec.checks.map(typeBlock).join('\n\n')}

  it('is NOT_APPLICABLE for other resource types', () => {
    expectVerdict(rule, { ...fixture(${quote(fixtureName(first?.resourceType ?? ''))}), resourceType: ${quote(otherType(spec))} }, 'NOT_APPLICABLE');
  });
});

${lambdaBlock(spec)}
`;
}
