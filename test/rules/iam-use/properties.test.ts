import fc from 'fast-check';
import { evaluateItem, fromApiItem, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/iam-use';
import { accountItemWithConfiguration } from '../../rule-kit/collectors/account-item-with';
import { arbJunkSummaryMap, arbSummaryMap, type SummaryMap } from '../../rule-kit/collectors/arb-account-summary';

const RUNS = { numRuns: 200 };
const verdict = (summary: unknown, acceptIdentityProviders: boolean) =>
  evaluateItem(rule, accountItemWithConfiguration({ AccountSummary: summary }), { acceptIdentityProviders });
const positive = (value: unknown): boolean => typeof value === 'number' && value >= 1;

describe('iam-use properties', () => {
  it('is COMPLIANT exactly when Users ≥ 1, or Providers ≥ 1 while identity providers count', () => {
    fc.assert(
      fc.property(arbSummaryMap(), fc.boolean(), (summary, accept) => {
        const expected = positive(summary.Users) || (accept && positive(summary.Providers));
        expect(verdict(summary, accept).compliance).toBe(expected ? 'COMPLIANT' : 'NON_COMPLIANT');
      }),
      RUNS,
    );
  });

  it('never lets roles or groups alone change the compliance', () => {
    fc.assert(
      fc.property(arbSummaryMap(), fc.nat(500), fc.nat(50), fc.boolean(), (summary, roles, groups, accept) => {
        const more: SummaryMap = { ...summary, Roles: roles, Groups: groups };
        expect(verdict(more, accept).compliance).toBe(verdict(summary, accept).compliance);
      }),
      RUNS,
    );
  });

  it('never turns COMPLIANT into NON_COMPLIANT when IAM users or identity providers are added', () => {
    fc.assert(
      fc.property(arbSummaryMap(), fc.integer({ min: 1, max: 20 }), fc.boolean(), fc.boolean(), (summary, added, toUsers, accept) => {
        fc.pre(verdict(summary, accept).compliance === 'COMPLIANT');
        const key = toUsers ? 'Users' : 'Providers';
        const more: SummaryMap = { ...summary, [key]: (summary[key] ?? 0) + added };
        expect(verdict(more, accept).compliance).toBe('COMPLIANT');
      }),
      RUNS,
    );
  });

  it('is never more lenient with acceptIdentityProviders=false than with true', () => {
    fc.assert(
      fc.property(arbSummaryMap(), (summary) => {
        if (verdict(summary, false).compliance === 'COMPLIANT') expect(verdict(summary, true).compliance).toBe('COMPLIANT');
      }),
      RUNS,
    );
  });

  it('arbitrary JSON as configuration never throws and never yields COMPLIANT', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (configuration, accept) => {
        const result = evaluateItem(rule, accountItemWithConfiguration(configuration), { acceptIdentityProviders: accept });
        expect(result.compliance).not.toBe('COMPLIANT');
      }),
      RUNS,
    );
  });

  it('arbitrary JSON under the real summary keys never throws, and is COMPLIANT only on a positive Users or Providers count', () => {
    fc.assert(
      fc.property(arbJunkSummaryMap(), fc.boolean(), (summary, accept) => {
        if (verdict(summary, accept).compliance === 'COMPLIANT') {
          expect(positive(summary['Users']) || (accept && positive(summary['Providers']))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('gives the same verdict for the notification shape and the API shape of an item', () => {
    fc.assert(
      fc.property(arbSummaryMap(), fc.boolean(), (summary, accept) => {
        const item = accountItemWithConfiguration({ AccountSummary: summary });
        expect(evaluateItem(rule, fromApiItem(toApiItem(item)), { acceptIdentityProviders: accept })).toEqual(evaluateItem(rule, item, { acceptIdentityProviders: accept }));
      }),
      RUNS,
    );
  });
});
