import fc from 'fast-check';
import { evaluateItem, fromApiItem, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/root-mfa';
import { accountItemWithConfiguration } from '../../rule-kit/collectors/account-item-with';
import { arbJunkSummaryMap, arbSummaryMap, type SummaryMap } from '../../rule-kit/collectors/arb-account-summary';

const RUNS = { numRuns: 200 };
const CREDENTIAL_KEYS = ['AccountPasswordPresent', 'AccountAccessKeysPresent', 'AccountSigningCertificatesPresent'] as const;
const verdict = (summary: unknown) => evaluateItem(rule, accountItemWithConfiguration({ AccountSummary: summary }), {});

describe('root-mfa properties', () => {
  it('is COMPLIANT only when AccountMFAEnabled is exactly 1, and always so when it is 1 and root has a credential', () => {
    fc.assert(
      fc.property(arbSummaryMap(), (summary) => {
        const { compliance } = verdict(summary);
        if (compliance === 'COMPLIANT') expect(summary.AccountMFAEnabled).toBe(1);
        const noCredentials = CREDENTIAL_KEYS.every((key) => summary[key] === 0);
        if (summary.AccountMFAEnabled === 1 && !noCredentials) expect(compliance).toBe('COMPLIANT');
        if (noCredentials) expect(compliance).toBe('NOT_APPLICABLE');
      }),
      RUNS,
    );
  });

  it('never turns NON_COMPLIANT into COMPLIANT when the root user gains credentials', () => {
    const gained = fc.record(
      { AccountPasswordPresent: fc.integer({ min: 1, max: 3 }), AccountAccessKeysPresent: fc.integer({ min: 1, max: 2 }), AccountSigningCertificatesPresent: fc.integer({ min: 1, max: 2 }) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arbSummaryMap(), gained, (summary, added) => {
        fc.pre(verdict(summary).compliance === 'NON_COMPLIANT');
        const more: SummaryMap = { ...summary, ...added };
        expect(verdict(more).compliance).toBe('NON_COMPLIANT');
      }),
      RUNS,
    );
  });

  it('never answers COMPLIANT for a summary missing AccountMFAEnabled', () => {
    fc.assert(
      fc.property(arbSummaryMap(), (summary) => {
        const rest: SummaryMap = { ...summary };
        delete rest.AccountMFAEnabled;
        expect(verdict(rest).compliance).not.toBe('COMPLIANT');
      }),
      RUNS,
    );
  });

  it('arbitrary JSON as configuration never throws and never yields COMPLIANT', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (configuration) => {
        const result = evaluateItem(rule, accountItemWithConfiguration(configuration), {});
        expect(result.compliance).not.toBe('COMPLIANT');
      }),
      RUNS,
    );
  });

  it('arbitrary JSON under the real summary keys never throws, and is COMPLIANT only with AccountMFAEnabled exactly 1', () => {
    fc.assert(
      fc.property(arbJunkSummaryMap(), (summary) => {
        const { compliance } = verdict(summary);
        if (compliance === 'COMPLIANT') expect(summary['AccountMFAEnabled']).toBe(1);
      }),
      RUNS,
    );
  });

  it('gives the same verdict for the notification shape and the API shape of an item', () => {
    fc.assert(
      fc.property(arbSummaryMap(), (summary) => {
        const item = accountItemWithConfiguration({ AccountSummary: summary });
        expect(evaluateItem(rule, fromApiItem(toApiItem(item)), {})).toEqual(evaluateItem(rule, item, {}));
      }),
      RUNS,
    );
  });
});
