import { join } from 'node:path';
import { type ComplianceType, InvalidParameterError } from '../../../rule-kit';
import { evaluateWith, expectVerdict, loadItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/guardduty-enabled';
import { sampleItems } from './sample-items';

const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', `${name}.json`));

describe('guardduty-enabled on recorded collected items', () => {
  it.each<[string, ComplianceType, string | RegExp]>([
    ['detector-enabled', 'COMPLIANT', 'GuardDuty detector 12abc34d567e8fa901bc2d34e56789f0 is enabled in eu-west-1.'],
    ['detector-enabled-china', 'COMPLIANT', /is enabled in cn-northwest-1\.$/],
    ['member-of-administrator', 'COMPLIANT', /is enabled in us-east-1\.$/],
    ['member-resigned', 'COMPLIANT', /is enabled in us-east-1\.$/],
    ['detector-suspended', 'NON_COMPLIANT', 'GuardDuty is not enabled in eu-west-1: detector 12abc34d567e8fa901bc2d34e56789f0 is DISABLED.'],
    ['no-detector', 'NON_COMPLIANT', 'GuardDuty is not enabled in eu-west-1: the account has no detector.'],
  ])('%s → %s', (name, compliance, annotation) => {
    expectVerdict(rule, fixture(name), { compliance, annotation });
  });

  it('counts an enabled detector next to a suspended one, and names every detector when none is enabled', () => {
    const enabled = fixture('detector-enabled');
    const suspended = fixture('detector-suspended');
    const detectorsOf = (item: typeof enabled) => (item.configuration as { GuardDuty: { Detectors: Record<string, unknown>[] } }).GuardDuty.Detectors;
    const [on] = detectorsOf(enabled);
    const [off] = detectorsOf(suspended);
    expectVerdict(rule, { ...enabled, configuration: { GuardDuty: { Detectors: [off, { ...on, DetectorId: 'second' }] } } }, {
      compliance: 'COMPLIANT',
      annotation: /detector second is enabled/,
    });
    expectVerdict(rule, { ...enabled, configuration: { GuardDuty: { Detectors: [off, { ...off, DetectorId: 'other', Status: 'PAUSED' }, { DetectorId: 'bare' }] } } }, {
      compliance: 'NON_COMPLIANT',
      annotation: /detector 12abc34d567e8fa901bc2d34e56789f0 is DISABLED, other is PAUSED, bare is without a recorded status\.$/,
    });
  });

  it.each([
    ['no GuardDuty key', {}, /configuration\.GuardDuty is not an object/],
    ['no Detectors list', { GuardDuty: {} }, /configuration\.GuardDuty\.Detectors is not a list/],
    ['a detector that is not an object', { GuardDuty: { Detectors: ['12abc34d'] } }, /configuration\.GuardDuty\.Detectors\[0\] is not an object/],
  ])('cannot evaluate an item with %s', (_label, configuration, reason) => {
    expectVerdict(rule, { ...fixture('detector-enabled'), configuration }, { compliance: 'NON_COMPLIANT', annotation: reason });
  });

  it('reads only its own key: an account item also holding other collectors\' facts gets the same verdict', () => {
    for (const name of ['detector-enabled', 'detector-suspended']) {
      const item = fixture(name);
      const merged = { ...item, configuration: { ...(item.configuration as object), AccountSummary: { AccountMFAEnabled: 1 }, Trails: [] } };
      expect(evaluateWith(rule, merged)).toEqual(evaluateWith(rule, item));
    }
  });

  it('is NOT_APPLICABLE for a deleted account item and for other resource types', () => {
    expectVerdict(rule, { ...fixture('detector-enabled'), configurationItemStatus: 'ResourceDeleted', configuration: null }, 'NOT_APPLICABLE');
    expectVerdict(rule, { ...fixture('detector-enabled'), resourceType: 'AWS::GuardDuty::Detector' }, 'NOT_APPLICABLE');
  });
});

describe('guardduty-enabled CentralMonitoringAccount', () => {
  it('defaults to unset: any enabled detector', () => {
    expect(parseParameters(rule.parameters, {})).toEqual({ CentralMonitoringAccount: undefined });
  });

  it('is COMPLIANT for an active member of a listed administrator', () => {
    expectVerdict(rule, fixture('member-of-administrator'), {
      compliance: 'COMPLIANT',
      annotation: 'GuardDuty detector 6ec0b9a7d1f24e35b8c9a0d1e2f3a4b5 is enabled in us-east-1 and centralized (findings go to 999988887777).',
    }, { CentralMonitoringAccount: '444455556666, 999988887777' });
  });

  it('is COMPLIANT for a listed central account itself', () => {
    expectVerdict(rule, fixture('detector-enabled'), {
      compliance: 'COMPLIANT',
      annotation: /centralized \(this is a central monitoring account\)/,
    }, { CentralMonitoringAccount: '111122223333' });
  });

  it.each([
    ['a stand-alone account', 'detector-enabled', /not centralized: this account is not in CentralMonitoringAccount 999988887777 and it has no GuardDuty administrator\.$/],
    ['a member that resigned', 'member-resigned', /its GuardDuty administrator is 999988887777 \(relationship Resigned\)\.$/],
  ])('is NON_COMPLIANT for %s', (_label, name, annotation) => {
    expectVerdict(rule, fixture(name), { compliance: 'NON_COMPLIANT', annotation }, { CentralMonitoringAccount: '999988887777' });
  });

  it('is NON_COMPLIANT for a member of an administrator that is not listed, and for a suspended detector even when centralized', () => {
    expectVerdict(rule, fixture('member-of-administrator'), { compliance: 'NON_COMPLIANT', annotation: /not centralized/ }, { CentralMonitoringAccount: '444455556666' });
    expectVerdict(rule, fixture('detector-suspended'), { compliance: 'NON_COMPLIANT', annotation: /is DISABLED/ }, { CentralMonitoringAccount: '111122223333' });
  });

  it('reads an empty value as unset, as the managed rule without the parameter: any enabled detector', () => {
    // guardduty-enabled-centralized: CentralMonitoringAccount (Optional), "Comma separated list of AWS Accounts (12-digit)".
    expect(parseParameters(rule.parameters, { CentralMonitoringAccount: '' })).toEqual({ CentralMonitoringAccount: undefined });
    expectVerdict(rule, fixture('detector-enabled'), 'COMPLIANT', { CentralMonitoringAccount: ' ' });
  });

  it.each(['12345', '1111222233334', 'abc', '111122223333,,444455556666'])('refuses %p as CentralMonitoringAccount', (value) => {
    expect(() => parseParameters(rule.parameters, { CentralMonitoringAccount: value })).toThrow(InvalidParameterError);
  });
});

describe('guardduty-enabled definition', () => {
  it('is a periodic account rule fed by its collector, with exactly the GuardDuty read actions it calls', () => {
    expect(rule.resourceTypes).toEqual(['AWS::::Account']);
    expect(rule.triggers).toEqual(['periodic']);
    // The collector itself, loaded when it first runs, is tested in collector.test.ts.
    expect(rule.collector).toEqual(expect.any(Function));
    expect([...rule.permissions].sort()).toEqual(['guardduty:GetAdministratorAccount', 'guardduty:GetDetector', 'guardduty:ListDetectors']);
  });
});

describe('guardduty-enabled sample items', () => {
  it('are well-formed account items that the rule evaluates, both COMPLIANT and NON_COMPLIANT across seeds', () => {
    let seed = 3;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const seen = new Set<string>();
    for (let run = 0; run < 60; run += 1) {
      for (const item of sampleItems(random, '123456789012', 'us-gov-west-1')) {
        expect(item.resourceType).toBe('AWS::::Account');
        expect(item.ARN).toBe('arn:aws-us-gov:iam::123456789012:root');
        expect(JSON.parse(JSON.stringify(item))).toEqual(item);
        const { compliance, annotation } = evaluateWith(rule, item);
        expect(annotation).not.toMatch(/^Cannot evaluate/);
        seen.add(compliance);
      }
    }
    expect([...seen].sort()).toEqual(['COMPLIANT', 'NON_COMPLIANT']);
  });
});
