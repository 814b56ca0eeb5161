import fc from 'fast-check';
import { evaluateItem, fromApiItem, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/root-access-keys';
import { accountItemWithConfiguration } from '../../rule-kit/collectors/account-item-with';
import { arbJunkSummaryMap, arbSummaryMap, type SummaryMap } from '../../rule-kit/collectors/arb-account-summary';

const RUNS = { numRuns: 200 };
const verdict = (summary: unknown) => evaluateItem(rule, accountItemWithConfiguration({ AccountSummary: summary }), {});

describe('root-access-keys properties', () => {
  it('is COMPLIANT exactly when AccountAccessKeysPresent is 0', () => {
    fc.assert(
      fc.property(arbSummaryMap(), (summary) => {
        expect(verdict(summary).compliance).toBe(summary.AccountAccessKeysPresent === 0 ? 'COMPLIANT' : 'NON_COMPLIANT');
      }),
      RUNS,
    );
  });

  it('depends on AccountAccessKeysPresent alone: the other keys never change the verdict', () => {
    fc.assert(
      fc.property(arbSummaryMap(), arbSummaryMap(), (summary, other) => {
        const mixed: SummaryMap = { ...other };
        delete mixed.AccountAccessKeysPresent;
        if (summary.AccountAccessKeysPresent !== undefined) mixed.AccountAccessKeysPresent = summary.AccountAccessKeysPresent;
        expect(verdict(mixed)).toEqual(verdict(summary));
      }),
      RUNS,
    );
  });

  it('arbitrary JSON as configuration never throws and never yields COMPLIANT', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (configuration) => {
        expect(evaluateItem(rule, accountItemWithConfiguration(configuration), {}).compliance).not.toBe('COMPLIANT');
      }),
      RUNS,
    );
  });

  it('arbitrary JSON under the real summary keys never throws, and is COMPLIANT only with AccountAccessKeysPresent exactly 0', () => {
    fc.assert(
      fc.property(arbJunkSummaryMap(), (summary) => {
        // === rather than toBe: JSON's -0 is a count of zero too.
        if (verdict(summary).compliance === 'COMPLIANT') expect(summary['AccountAccessKeysPresent'] === 0).toBe(true);
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
