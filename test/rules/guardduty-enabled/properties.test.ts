import fc from 'fast-check';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, fromApiItem, parseParameters, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/guardduty-enabled';

const ACCOUNT = '111122223333';

interface DetectorFacts {
  readonly DetectorId: string;
  readonly Status: 'ENABLED' | 'DISABLED';
  readonly Administrator?: { readonly AccountId: string; readonly RelationshipStatus: string };
}

const arbAccount = fc.constantFrom(ACCOUNT, '999988887777', '444455556666');
const arbDetector: fc.Arbitrary<DetectorFacts> = fc.record(
  {
    DetectorId: fc.stringMatching(/^[0-9a-f]{32}$/),
    Status: fc.constantFrom('ENABLED', 'DISABLED'),
    Administrator: fc.record({ AccountId: arbAccount.filter((a) => a !== ACCOUNT), RelationshipStatus: fc.constantFrom('Enabled', 'Invited', 'Resigned', 'Removed') }),
  },
  { requiredKeys: ['DetectorId', 'Status'] },
);
const arbCentral = fc.option(fc.uniqueArray(arbAccount, { minLength: 1, maxLength: 3 }), { nil: undefined });

const accountItem = (configuration: unknown): ConfigurationItem => ({
  configurationItemVersion: '1.3',
  configurationItemCaptureTime: '2026-03-04T06:00:09.877Z',
  configurationItemStatus: 'OK',
  awsAccountId: ACCOUNT,
  awsRegion: 'eu-west-1',
  ARN: `arn:aws:iam::${ACCOUNT}:root`,
  resourceType: 'AWS::::Account',
  resourceId: ACCOUNT,
  tags: {},
  relatedEvents: [],
  relationships: [],
  configuration,
  supplementaryConfiguration: {},
});
const withDetectors = (detectors: readonly unknown[]) => accountItem({ GuardDuty: { Detectors: detectors } });
const params = (central: readonly string[] | undefined) => parseParameters(rule.parameters, central === undefined ? {} : { CentralMonitoringAccount: central.join(',') });
const complianceOf = (detectors: readonly unknown[], central?: readonly string[]) => evaluateItem(rule, withDetectors(detectors), params(central)).compliance;

/** The oracle, written from the README's definition. */
function counts(detector: DetectorFacts, central: readonly string[] | undefined): boolean {
  if (detector.Status !== 'ENABLED') return false;
  if (central === undefined || central.includes(ACCOUNT)) return true;
  const admin = detector.Administrator;
  return admin !== undefined && central.includes(admin.AccountId) && admin.RelationshipStatus === 'Enabled';
}

describe('guardduty-enabled properties', () => {
  it('is COMPLIANT exactly when some detector is ENABLED (and centralized when asked)', () => {
    fc.assert(
      fc.property(fc.array(arbDetector, { maxLength: 3 }), arbCentral, (detectors, central) => {
        expect(complianceOf(detectors, central)).toBe(detectors.some((d) => counts(d, central)) ? 'COMPLIANT' : 'NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('a suspended detector never turns NON_COMPLIANT into COMPLIANT, and suspending the only enabled one makes it NON_COMPLIANT', () => {
    fc.assert(
      fc.property(fc.array(arbDetector, { maxLength: 3 }), arbDetector, arbCentral, (detectors, extra, central) => {
        const suspended = { ...extra, Status: 'DISABLED' as const };
        if (complianceOf(detectors, central) === 'NON_COMPLIANT') expect(complianceOf([...detectors, suspended], central)).toBe('NON_COMPLIANT');
        const others = detectors.map((d) => ({ ...d, Status: 'DISABLED' as const }));
        expect(complianceOf([...others, suspended], central)).toBe('NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('setting CentralMonitoringAccount never turns NON_COMPLIANT into COMPLIANT', () => {
    fc.assert(
      fc.property(fc.array(arbDetector, { maxLength: 3 }), fc.uniqueArray(arbAccount, { minLength: 1, maxLength: 3 }), (detectors, central) => {
        if (complianceOf(detectors) === 'NON_COMPLIANT') expect(complianceOf(detectors, central)).toBe('NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('gives the collected item and its API shape the same verdict', () => {
    fc.assert(
      fc.property(fc.array(arbDetector, { maxLength: 3 }), arbCentral, (detectors, central) => {
        const item = withDetectors(detectors);
        expect(evaluateItem(rule, fromApiItem(toApiItem(item)), params(central))).toEqual(evaluateItem(rule, item, params(central)));
      }),
      { numRuns: 100 },
    );
  });

  it('arbitrary configuration never throws and is never COMPLIANT', () => {
    fc.assert(
      fc.property(fc.anything(), arbCentral, (configuration, central) => {
        expect(evaluateItem(rule, accountItem(configuration), params(central)).compliance).toBe('NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('arbitrary JSON detectors never throw and are COMPLIANT only with a detector whose Status is exactly ENABLED', () => {
    const arbJunk = fc.oneof(fc.jsonValue(), fc.record({ DetectorId: fc.jsonValue(), Status: fc.oneof(fc.jsonValue(), fc.constantFrom('ENABLED', 'enabled', 'DISABLED')), Administrator: fc.jsonValue() }, { requiredKeys: [] }));
    fc.assert(
      fc.property(fc.array(arbJunk, { maxLength: 3 }), (detectors) => {
        const verdict = evaluateItem(rule, withDetectors(detectors), params(undefined));
        if (verdict.compliance === 'COMPLIANT') {
          expect(detectors.some((d) => typeof d === 'object' && d !== null && !Array.isArray(d) && (d as Record<string, unknown>)['Status'] === 'ENABLED')).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
