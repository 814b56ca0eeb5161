import fc from 'fast-check';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, fromApiItem, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/cloudtrail-log-file-validation';

const trail = (configuration: unknown): ConfigurationItem => ({
  configurationItemVersion: '1.3',
  configurationItemCaptureTime: '2026-03-02T09:14:07.512Z',
  configurationItemStatus: 'OK',
  awsAccountId: '111122223333',
  awsRegion: 'eu-west-1',
  resourceType: 'AWS::CloudTrail::Trail',
  resourceId: 'management-events',
  configuration,
});

const arbTrailConfiguration = fc.record(
  { name: fc.string(), isMultiRegionTrail: fc.boolean(), logFileValidationEnabled: fc.jsonValue() },
  { requiredKeys: ['name'] },
);

describe('cloudtrail-log-file-validation properties', () => {
  it('is COMPLIANT exactly when logFileValidationEnabled is the boolean true', () => {
    fc.assert(
      fc.property(arbTrailConfiguration, (configuration) => {
        const verdict = evaluateItem(rule, trail(configuration), {});
        expect(verdict.compliance === 'COMPLIANT').toBe(configuration.logFileValidationEnabled === true);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the notification shape and the API shape of one item the same verdict', () => {
    fc.assert(
      fc.property(arbTrailConfiguration, (configuration) => {
        const item = trail(configuration);
        expect(evaluateItem(rule, fromApiItem(toApiItem(item)), {})).toEqual(evaluateItem(rule, item, {}));
      }),
      { numRuns: 100 },
    );
  });

  it('arbitrary configuration never throws and never says COMPLIANT without the flag set to true', () => {
    fc.assert(
      fc.property(fc.anything(), (configuration) => {
        fc.pre(!(typeof configuration === 'object' && configuration !== null && 'logFileValidationEnabled' in configuration));
        expect(evaluateItem(rule, trail(configuration), {}).compliance).toBe('NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });
});
