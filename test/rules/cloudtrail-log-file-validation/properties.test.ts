import fc from 'fast-check';
import { evaluateItem, type ConfigurationItem } from '../../../rule-kit';
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

describe('cloudtrail-log-file-validation properties', () => {
  it('is COMPLIANT exactly when logFileValidationEnabled is the boolean true', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue(), (rest, flag) => {
        const verdict = evaluateItem(rule, trail({ ...rest, logFileValidationEnabled: flag }), {});
        expect(verdict.compliance === 'COMPLIANT').toBe(flag === true);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and never says COMPLIANT for arbitrary configuration without the flag set to true', () => {
    fc.assert(
      fc.property(fc.anything(), (configuration) => {
        fc.pre(!(typeof configuration === 'object' && configuration !== null && 'logFileValidationEnabled' in configuration));
        expect(evaluateItem(rule, trail(configuration), {}).compliance).toBe('NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });
});
