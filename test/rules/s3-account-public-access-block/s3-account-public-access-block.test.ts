import { join } from 'node:path';
import { type ConfigurationItem, InvalidParameterError } from '../../../rule-kit';
import { evaluateWith, expectVerdict, loadItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/s3-account-public-access-block';

const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', `${name}.json`));
const withConfiguration = (configuration: unknown): ConfigurationItem => ({ ...fixture('all-on'), configuration });
const ALL_ON = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };

describe('s3-account-public-access-block on recorded items, default parameters (all four required)', () => {
  it('is COMPLIANT with all four settings on', () => {
    expectVerdict(rule, fixture('all-on'), {
      compliance: 'COMPLIANT',
      annotation: 'Account-level S3 Block Public Access has BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets on.',
    });
  });

  it('is NON_COMPLIANT naming each setting that is off', () => {
    expectVerdict(rule, fixture('policies-only'), {
      compliance: 'NON_COMPLIANT',
      annotation: 'Account-level S3 Block Public Access has BlockPublicAcls and IgnorePublicAcls off (account 111122223333).',
    });
    expectVerdict(rule, fixture('all-off'), {
      compliance: 'NON_COMPLIANT',
      annotation: /has BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets off/,
    });
  });

  it('reads the API shape (configuration as a JSON string) the same way', () => {
    expectVerdict(rule, fixture('api-shape-restrict-off'), { compliance: 'NON_COMPLIANT', annotation: /has RestrictPublicBuckets off/ });
  });

  it('is NON_COMPLIANT, not an error, when the account has no configuration (collected NoSuchPublicAccessBlockConfiguration)', () => {
    expectVerdict(rule, fixture('collected-missing'), {
      compliance: 'NON_COMPLIANT',
      annotation: /^Account 111122223333 has no account-level S3 Block Public Access configuration \(NoSuchPublicAccessBlockConfiguration\)/,
    });
  });

  it('a missing configuration stays NON_COMPLIANT whatever the parameters relax', () => {
    expectVerdict(rule, fixture('collected-missing'), 'NON_COMPLIANT', { BlockPublicAcls: 'false', IgnorePublicAcls: 'false', BlockPublicPolicy: 'false' });
  });

  it('is NOT_APPLICABLE for a deleted block (the periodic run then reports the missing configuration) and other types', () => {
    expectVerdict(rule, fixture('deleted'), { compliance: 'NOT_APPLICABLE', annotation: /deleted/ });
    expectVerdict(rule, { ...fixture('all-on'), resourceType: 'AWS::S3::Bucket' }, 'NOT_APPLICABLE');
  });
});

describe('settings as recorded', () => {
  it('treats an absent or null setting as off, as S3 does', () => {
    const { restrictPublicBuckets: _gone, ...three } = ALL_ON;
    expectVerdict(rule, withConfiguration(three), { compliance: 'NON_COMPLIANT', annotation: /has RestrictPublicBuckets off/ });
    expectVerdict(rule, withConfiguration({ ...ALL_ON, ignorePublicAcls: null }), { compliance: 'NON_COMPLIANT', annotation: /has IgnorePublicAcls off/ });
    expectVerdict(rule, withConfiguration({}), { compliance: 'NON_COMPLIANT', annotation: /BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets off/ });
  });

  it('accepts the S3 Control API spelling (BlockPublicAcls) as well as Config’s (blockPublicAcls)', () => {
    expectVerdict(rule, withConfiguration({ BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }), 'COMPLIANT');
  });

  it.each([
    ['a string', { ...ALL_ON, blockPublicPolicy: 'true' }, /configuration\.blockPublicPolicy is not a boolean/],
    ['a number', { ...ALL_ON, ignorePublicAcls: 1 }, /configuration\.ignorePublicAcls is not a boolean/],
    ['not an object', [ALL_ON], /configuration is not an object/],
  ])('cannot evaluate a setting that is %s', (_label, configuration, reason) => {
    expectVerdict(rule, withConfiguration(configuration), { compliance: 'NON_COMPLIANT', annotation: reason });
  });

  it('refuses a marker that is not a boolean; a false marker means the configuration exists', () => {
    const base = fixture('all-on');
    expectVerdict(rule, { ...base, supplementaryConfiguration: { NoSuchPublicAccessBlockConfiguration: 'yes' } }, {
      compliance: 'NON_COMPLIANT',
      annotation: /Cannot evaluate: .*NoSuchPublicAccessBlockConfiguration is not a boolean/,
    });
    expectVerdict(rule, { ...base, supplementaryConfiguration: { NoSuchPublicAccessBlockConfiguration: false } }, 'COMPLIANT');
  });
});

describe('parameters', () => {
  it('reuses the managed rule’s names, each defaulting to true', () => {
    expect(parseParameters(rule.parameters, {})).toEqual({ BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true });
    // The managed rule's documented values are "True"/"False".
    expect(parseParameters(rule.parameters, { IgnorePublicAcls: 'False' }).IgnorePublicAcls).toBe(false);
  });

  it('relaxing a setting stops requiring it; the others still are', () => {
    expectVerdict(rule, fixture('policies-only'), 'COMPLIANT', { BlockPublicAcls: 'false', IgnorePublicAcls: 'false' });
    expectVerdict(rule, fixture('policies-only'), { compliance: 'NON_COMPLIANT', annotation: /has IgnorePublicAcls off/ }, { BlockPublicAcls: 'false' });
    expectVerdict(rule, fixture('api-shape-restrict-off'), { compliance: 'COMPLIANT', annotation: /BlockPublicAcls, IgnorePublicAcls and BlockPublicPolicy on\.$/ }, { RestrictPublicBuckets: 'false' });
  });

  it('a relaxed setting that is on is still fine (unlike an exact-match reading)', () => {
    expectVerdict(rule, fixture('all-on'), 'COMPLIANT', { RestrictPublicBuckets: 'false' });
  });

  it('refuses bad values, unknown names and relaxing all four', () => {
    expect(() => parseParameters(rule.parameters, { BlockPublicAcls: 'yes' })).toThrow(InvalidParameterError);
    expect(() => parseParameters(rule.parameters, { blockPublicAcls: 'true' })).toThrow(InvalidParameterError);
    const none = { BlockPublicAcls: 'false', IgnorePublicAcls: 'false', BlockPublicPolicy: 'false', RestrictPublicBuckets: 'false' };
    expect(() => evaluateWith(rule, fixture('all-on'), none)).toThrow(InvalidParameterError);
  });

  it('runs on changes and on a schedule, with the S3 Control read as its only permission', () => {
    expect(rule.triggers).toEqual(['change', 'periodic']);
    expect(rule.resourceTypes).toEqual(['AWS::S3::AccountPublicAccessBlock']);
    expect(rule.permissions).toEqual(['s3:GetAccountPublicAccessBlock']);
  });
});

/**
 * The parameters as the managed rules' pages document them (AWS Config developer guide,
 * s3-account-level-public-access-blocks and -periodic): IgnorePublicAcls, BlockPublicPolicy, BlockPublicAcls,
 * RestrictPublicBuckets, each "Type: String", "default True".
 */
describe('s3-account-public-access-block with s3-account-level-public-access-blocks parameters', () => {
  const DOCUMENTED_DEFAULTS = { IgnorePublicAcls: 'True', BlockPublicPolicy: 'True', BlockPublicAcls: 'True', RestrictPublicBuckets: 'True' };

  it('reads the documented defaults, spelt out as the page writes them, as the rule\'s own defaults', () => {
    expect(parseParameters(rule.parameters, DOCUMENTED_DEFAULTS)).toEqual(parseParameters(rule.parameters, {}));
    expect(evaluateWith(rule, fixture('policies-only'), DOCUMENTED_DEFAULTS)).toEqual(evaluateWith(rule, fixture('policies-only')));
  });

  it.each(['False', 'false', 'FALSE'])('reads %s as "not required"', (value) => {
    expectVerdict(rule, fixture('api-shape-restrict-off'), 'COMPLIANT', { RestrictPublicBuckets: value });
  });

  it('reads an empty value as unset: the default True', () => {
    expectVerdict(rule, fixture('api-shape-restrict-off'), { compliance: 'NON_COMPLIANT', annotation: /RestrictPublicBuckets off/ }, { RestrictPublicBuckets: '' });
  });
});
