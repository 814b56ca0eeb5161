import fc from 'fast-check';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, fromApiItem, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/cloudtrail-cloudwatch-logs';

const trail = (configuration: unknown): ConfigurationItem => ({
  configurationItemVersion: '1.3',
  configurationItemCaptureTime: '2026-03-04T10:22:41.318Z',
  configurationItemStatus: 'OK',
  awsAccountId: '111122223333',
  awsRegion: 'eu-west-1',
  ARN: 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/management-events',
  resourceType: 'AWS::CloudTrail::Trail',
  resourceId: 'management-events',
  resourceName: 'management-events',
  configuration,
});

const arbArn = fc.constantFrom(
  'arn:aws:logs:eu-west-1:111122223333:log-group:aws-cloudtrail-logs-111122223333-5a0e77c1:*',
  'arn:aws:iam::111122223333:role/service-role/CloudTrailRoleForCloudWatchLogs',
);
const arbField = fc.oneof(arbArn, fc.constantFrom('', ' ', null), fc.string());
const arbConfiguration = fc.record(
  { name: fc.constant('management-events'), isMultiRegionTrail: fc.boolean(), cloudWatchLogsLogGroupArn: arbField, cloudWatchLogsRoleArn: arbField },
  { requiredKeys: ['name'] },
);
const present = (value: unknown) => typeof value === 'string' && value.trim() !== '';

describe('cloudtrail-cloudwatch-logs properties', () => {
  it('is COMPLIANT exactly when both the log group and the role are non-blank strings', () => {
    fc.assert(
      fc.property(arbConfiguration, (configuration) => {
        const expected = present(configuration.cloudWatchLogsLogGroupArn) && present(configuration.cloudWatchLogsRoleArn);
        expect(evaluateItem(rule, trail(configuration), {}).compliance).toBe(expected ? 'COMPLIANT' : 'NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('removing either field never leaves a trail COMPLIANT', () => {
    fc.assert(
      fc.property(arbConfiguration, fc.constantFrom('cloudWatchLogsLogGroupArn', 'cloudWatchLogsRoleArn'), (configuration, field) => {
        const { [field]: _removed, ...rest } = configuration;
        expect(evaluateItem(rule, trail(rest), {}).compliance).toBe('NON_COMPLIANT');
      }),
      { numRuns: 100 },
    );
  });

  it('gives the notification shape and the API shape of one item the same verdict', () => {
    fc.assert(
      fc.property(arbConfiguration, (configuration) => {
        const item = trail(configuration);
        expect(evaluateItem(rule, fromApiItem(toApiItem(item)), {})).toEqual(evaluateItem(rule, item, {}));
      }),
      { numRuns: 100 },
    );
  });

  it('arbitrary configuration never throws and is COMPLIANT only with both fields present as strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom('cloudWatchLogsLogGroupArn', 'cloudWatchLogsRoleArn', 'name'), fc.jsonValue())), (configuration) => {
        const verdict = evaluateItem(rule, trail(configuration), {});
        if (verdict.compliance === 'COMPLIANT') {
          const record = configuration as Record<string, unknown>;
          expect(present(record['cloudWatchLogsLogGroupArn']) && present(record['cloudWatchLogsRoleArn'])).toBe(true);
        } else {
          expect(verdict.compliance).toBe('NON_COMPLIANT');
        }
      }),
      { numRuns: 200 },
    );
  });
});
