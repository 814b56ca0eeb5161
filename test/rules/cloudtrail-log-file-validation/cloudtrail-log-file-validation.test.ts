import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateItem, InvalidParameterError, parseParameters, type ConfigurationItem } from '../../../rule-kit';
import { rule } from '../../../rules/cloudtrail-log-file-validation';

function loadItem(name: string): ConfigurationItem {
  const wrapper = JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as { configurationItem: ConfigurationItem };
  return wrapper.configurationItem;
}

const evaluate = (item: ConfigurationItem) => evaluateItem(rule, item, parseParameters(rule.parameters, {}));

describe('cloudtrail-log-file-validation', () => {
  it('is COMPLIANT when the trail validates its log files', () => {
    expect(evaluate(loadItem('trail-validation-enabled.json')).compliance).toBe('COMPLIANT');
  });

  it('is NON_COMPLIANT, naming the trail, when validation is off', () => {
    const verdict = evaluate(loadItem('trail-validation-disabled.json'));
    expect(verdict.compliance).toBe('NON_COMPLIANT');
    expect(verdict.annotation).toContain('data-events');
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['a string', 'true'],
  ])('cannot determine, so NON_COMPLIANT, when logFileValidationEnabled is %s', (_label, value) => {
    const item = loadItem('trail-validation-enabled.json');
    const configuration = { ...(item.configuration as object), logFileValidationEnabled: value };
    const verdict = evaluate({ ...item, configuration });
    expect(verdict.compliance).toBe('NON_COMPLIANT');
    expect(verdict.annotation).toMatch(/Cannot evaluate.*logFileValidationEnabled/);
  });

  it('is NOT_APPLICABLE for a deleted trail and for other resource types', () => {
    expect(evaluate(loadItem('trail-deleted.json')).compliance).toBe('NOT_APPLICABLE');
    const bucket = { ...loadItem('trail-validation-disabled.json'), resourceType: 'AWS::S3::Bucket' } as const;
    expect(evaluate(bucket).compliance).toBe('NOT_APPLICABLE');
  });

  it('takes no parameters', () => {
    expect(() => parseParameters(rule.parameters, { logFileValidation: 'true' })).toThrow(InvalidParameterError);
  });
});
