import { join } from 'node:path';
import { type ConfigurationItem, InvalidParameterError } from '../../../rule-kit';
import { evaluateWith, expectVerdict, loadItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/cloudtrail-cloudwatch-logs';
import { sampleItems } from './sample-items';

const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', `${name}.json`));

function withConfiguration(name: string, change: (configuration: Record<string, unknown>) => Record<string, unknown>): ConfigurationItem {
  const item = fixture(name);
  return { ...item, configuration: change({ ...(item.configuration as Record<string, unknown>) }) };
}

describe('cloudtrail-cloudwatch-logs', () => {
  it('is COMPLIANT, naming the log group, when the trail delivers to CloudWatch Logs', () => {
    expectVerdict(rule, fixture('trail-delivers-to-cloudwatch-logs'), {
      compliance: 'COMPLIANT',
      annotation:
        'Trail management-events delivers to CloudWatch Logs log group arn:aws:logs:eu-west-1:111122223333:log-group:aws-cloudtrail-logs-111122223333-management-events:*.',
    });
  });

  it('reads the API shape (configuration as a JSON string) in another partition', () => {
    expectVerdict(rule, fixture('trail-cloudwatch-logs-api-shape'), {
      compliance: 'COMPLIANT',
      annotation: /log group arn:aws-cn:logs:cn-north-1:/,
    });
  });

  it('is NON_COMPLIANT, naming the trail, when Config recorded no CloudWatch Logs delivery', () => {
    expectVerdict(rule, fixture('trail-without-cloudwatch-logs'), {
      compliance: 'NON_COMPLIANT',
      annotation: 'Trail data-events does not deliver to CloudWatch Logs (no cloudWatchLogsLogGroupArn).',
    });
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['null', null],
  ])('is NON_COMPLIANT when the log group ARN is %s', (_label, value) => {
    expectVerdict(rule, withConfiguration('trail-delivers-to-cloudwatch-logs', (c) => ({ ...c, cloudWatchLogsLogGroupArn: value })), {
      compliance: 'NON_COMPLIANT',
      annotation: /no cloudWatchLogsLogGroupArn/,
    });
  });

  it('is NON_COMPLIANT when a log group is named without the role CloudTrail needs to write to it (stricter than AWS)', () => {
    expectVerdict(rule, withConfiguration('trail-delivers-to-cloudwatch-logs', ({ cloudWatchLogsRoleArn: _dropped, ...c }) => c), {
      compliance: 'NON_COMPLIANT',
      annotation: /names log group arn:aws:logs:.* but no cloudWatchLogsRoleArn/,
    });
  });

  it.each([
    ['cloudWatchLogsLogGroupArn', 42],
    ['cloudWatchLogsRoleArn', { arn: 'x' }],
    ['cloudWatchLogsLogGroupArn', ['arn:aws:logs:eu-west-1:111122223333:log-group:x:*']],
  ])('cannot evaluate, so NON_COMPLIANT, when %s is %p', (field, value) => {
    expectVerdict(rule, withConfiguration('trail-delivers-to-cloudwatch-logs', (c) => ({ ...c, [field]: value })), {
      compliance: 'NON_COMPLIANT',
      annotation: new RegExp(`^Cannot evaluate: AWS::CloudTrail::Trail management-events: configuration\\.${field} is not a string`),
    });
  });

  it('cannot evaluate a configuration that is not an object', () => {
    expectVerdict(rule, { ...fixture('trail-delivers-to-cloudwatch-logs'), configuration: 'management-events' }, {
      compliance: 'NON_COMPLIANT',
      annotation: /^Cannot evaluate: .*configuration is not an object/,
    });
  });

  it('is NOT_APPLICABLE for a deleted trail and for other resource types', () => {
    expectVerdict(rule, fixture('trail-deleted'), 'NOT_APPLICABLE');
    expectVerdict(rule, { ...fixture('trail-without-cloudwatch-logs'), resourceType: 'AWS::Logs::LogGroup' }, 'NOT_APPLICABLE');
  });

  it('takes no parameters: expectedDeliveryWindowAge is refused, not silently ignored', () => {
    expect(parseParameters(rule.parameters, {})).toEqual({});
    expect(() => parseParameters(rule.parameters, { expectedDeliveryWindowAge: '24' })).toThrow(InvalidParameterError);
  });

  it('is a change-triggered rule on trails needing no extra permissions', () => {
    expect(rule.triggers).toEqual(['change']);
    expect(rule.resourceTypes).toEqual(['AWS::CloudTrail::Trail']);
    expect(rule.permissions).toEqual([]);
    expect(rule.collector).toBeUndefined();
  });
});

describe('cloudtrail-cloudwatch-logs sample items', () => {
  it('are recorded trails the rule evaluates, both COMPLIANT and NON_COMPLIANT across seeds', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const seen = new Set<string>();
    for (let run = 0; run < 40; run += 1) {
      const items = sampleItems(random, '123456789012', 'ap-southeast-2');
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.resourceType).toBe('AWS::CloudTrail::Trail');
        expect(item.ARN).toBe(`arn:aws:cloudtrail:ap-southeast-2:123456789012:trail/${item.resourceId}`);
        const { compliance, annotation } = evaluateWith(rule, item);
        expect(annotation).not.toMatch(/^Cannot evaluate/);
        seen.add(compliance);
      }
    }
    expect([...seen].sort()).toEqual(['COMPLIANT', 'NON_COMPLIANT']);
  });
});
