import { join } from 'node:path';
import { type ConfigurationItem, InvalidParameterError, type RawParameters } from '../../../rule-kit';
import { evaluateWith, loadItem as loadFixture, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/cloudtrail-encryption';

const loadItem = (name: string) => loadFixture(join(__dirname, 'fixtures', name));
const evaluate = (item: ConfigurationItem, raw: RawParameters = {}) => evaluateWith(rule, item, raw);

const withKmsKeyId = (kmsKeyId: unknown): ConfigurationItem => {
  const item = loadItem('trail-kms-encrypted.json');
  return { ...item, configuration: { ...(item.configuration as object), kmsKeyId } };
};

const TRAIL_KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const OTHER_KEY = 'arn:aws:kms:eu-west-1:111122223333:key/0f0f0f0f-1111-2222-3333-444455556666';

describe('cloudtrail-encryption', () => {
  it('is COMPLIANT for a trail with a KMS key when kmsKeyArns is unset (the default)', () => {
    const verdict = evaluate(loadItem('trail-kms-encrypted.json'));
    expect(verdict.compliance).toBe('COMPLIANT');
    expect(verdict.annotation).toContain(TRAIL_KEY);
  });

  it('is NON_COMPLIANT, naming the trail, for a trail with only SSE-S3 (no kmsKeyId)', () => {
    const verdict = evaluate(loadItem('trail-sse-s3-only.json'));
    expect(verdict.compliance).toBe('NON_COMPLIANT');
    expect(verdict.annotation).toMatch(/data-events.*not encrypted with SSE-KMS/);
  });

  it.each([null, '', '   '])('is NON_COMPLIANT when kmsKeyId is %j', (kmsKeyId) => {
    expect(evaluate(withKmsKeyId(kmsKeyId)).compliance).toBe('NON_COMPLIANT');
  });

  it('cannot evaluate, so NON_COMPLIANT, when kmsKeyId is not a string', () => {
    const verdict = evaluate(withKmsKeyId({ arn: TRAIL_KEY }));
    expect(verdict.compliance).toBe('NON_COMPLIANT');
    expect(verdict.annotation).toMatch(/Cannot evaluate.*configuration\.kmsKeyId/);
  });

  describe('with kmsKeyArns', () => {
    it('is COMPLIANT when the trail key is one of the allowed keys', () => {
      const verdict = evaluate(loadItem('trail-kms-encrypted.json'), { kmsKeyArns: `${OTHER_KEY}, ${TRAIL_KEY}` });
      expect(verdict.compliance).toBe('COMPLIANT');
    });

    it('is NON_COMPLIANT, naming the key, when the trail key is not allowed', () => {
      const verdict = evaluate(loadItem('trail-kms-encrypted.json'), { kmsKeyArns: OTHER_KEY });
      expect(verdict.compliance).toBe('NON_COMPLIANT');
      expect(verdict.annotation).toContain(TRAIL_KEY);
      expect(verdict.annotation).toContain('not in kmsKeyArns');
    });

    it('never accepts a trail without a key', () => {
      expect(evaluate(loadItem('trail-sse-s3-only.json'), { kmsKeyArns: TRAIL_KEY }).compliance).toBe('NON_COMPLIANT');
    });

    it('does not match a recorded key id or alias against a key ARN', () => {
      for (const recorded of ['1234abcd-12ab-34cd-56ef-1234567890ab', 'alias/cloudtrail']) {
        expect(evaluate(withKmsKeyId(recorded), { kmsKeyArns: TRAIL_KEY }).compliance).toBe('NON_COMPLIANT');
      }
    });

    it('accepts other partitions and multi-Region keys', () => {
      const keys = [
        'arn:aws-cn:kms:cn-north-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
        'arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab',
      ];
      for (const key of keys) {
        expect(evaluate(withKmsKeyId(key), { kmsKeyArns: keys.join(',') }).compliance).toBe('COMPLIANT');
      }
    });

    it.each([
      ['a bare key id', '1234abcd-12ab-34cd-56ef-1234567890ab'],
      ['an alias name', 'alias/cloudtrail'],
      ['an alias ARN', 'arn:aws:kms:eu-west-1:111122223333:alias/cloudtrail'],
      ['an uppercase key id', 'arn:aws:kms:eu-west-1:111122223333:key/1234ABCD-12AB-34CD-56EF-1234567890AB'],
      ['an empty element', `${TRAIL_KEY},,${OTHER_KEY}`],
    ])('rejects %s with InvalidParameterError', (_label, value) => {
      expect(() => parseParameters(rule.parameters, { kmsKeyArns: value })).toThrow(InvalidParameterError);
    });
  });

  it('is NOT_APPLICABLE for a deleted trail and for other resource types', () => {
    expect(evaluate(loadItem('trail-deleted.json')).compliance).toBe('NOT_APPLICABLE');
    const other = { ...loadItem('trail-sse-s3-only.json'), resourceType: 'AWS::CloudTrail::EventDataStore' } as const;
    expect(evaluate(other).compliance).toBe('NOT_APPLICABLE');
  });
});
