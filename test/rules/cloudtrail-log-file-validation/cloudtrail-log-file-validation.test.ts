import { join } from 'node:path';
import { InvalidParameterError } from '../../../rule-kit';
import { expectVerdict, loadItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/cloudtrail-log-file-validation';

const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', name));

describe('cloudtrail-log-file-validation', () => {
  it('is COMPLIANT when the trail validates its log files', () => {
    expectVerdict(rule, fixture('trail-validation-enabled.json'), 'COMPLIANT');
  });

  it('is NON_COMPLIANT, naming the trail, when validation is off', () => {
    expectVerdict(rule, fixture('trail-validation-disabled.json'), {
      compliance: 'NON_COMPLIANT',
      annotation: 'Log file validation is disabled on trail data-events.',
    });
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['a string', 'true'],
  ])('cannot determine, so NON_COMPLIANT, when logFileValidationEnabled is %s', (_label, value) => {
    const item = fixture('trail-validation-enabled.json');
    const configuration = { ...(item.configuration as object), logFileValidationEnabled: value };
    expectVerdict(rule, { ...item, configuration }, { compliance: 'NON_COMPLIANT', annotation: /^Cannot evaluate: .*logFileValidationEnabled/ });
  });

  it('is NOT_APPLICABLE for a deleted trail and for other resource types', () => {
    expectVerdict(rule, fixture('trail-deleted.json'), 'NOT_APPLICABLE');
    expectVerdict(rule, { ...fixture('trail-validation-disabled.json'), resourceType: 'AWS::S3::Bucket' }, 'NOT_APPLICABLE');
  });

  it('takes no parameters', () => {
    expect(() => parseParameters(rule.parameters, { logFileValidation: 'true' })).toThrow(InvalidParameterError);
  });
});
