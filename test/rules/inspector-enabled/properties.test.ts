import fc from 'fast-check';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, fromApiItem, parseParameters, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/inspector-enabled';
import { SCAN_TYPES, type ScanType } from '../../../rules/inspector-enabled/scan-types';

const STATUSES = ['ENABLED', 'ENABLING', 'DISABLED', 'DISABLING', 'SUSPENDED', 'SUSPENDING'];
const arbState = fc.record(
  { status: fc.oneof(fc.constantFrom(...STATUSES), fc.jsonValue()), errorCode: fc.constantFrom('ALREADY_ENABLED', 'SSM_UNAVAILABLE', 'ACCESS_DENIED') },
  { requiredKeys: [] },
);
const arbResourceState = fc.record({ ec2: arbState, ecr: arbState, lambda: arbState, lambdaCode: arbState }, { requiredKeys: [] });
const arbRequired = fc.record({ ec2: fc.boolean(), ecr: fc.boolean(), lambda: fc.boolean(), lambdaCode: fc.boolean() }).filter((r) => Object.values(r).some(Boolean));

const account = (resourceState: unknown): ConfigurationItem => ({
  configurationItemVersion: '1.3',
  configurationItemCaptureTime: '2026-03-04T06:00:00.000Z',
  configurationItemStatus: 'OK',
  awsAccountId: '111122223333',
  awsRegion: 'eu-west-1',
  resourceType: 'AWS::::Account',
  resourceId: '111122223333',
  configuration: { Inspector2: { Accounts: [{ accountId: '111122223333', state: { status: 'ENABLED' }, resourceState }], FailedAccounts: [] } },
});

const scans = (state: unknown) =>
  typeof state === 'object' && state !== null && (state as { status?: unknown }).status === 'ENABLED' &&
  [undefined, 'ALREADY_ENABLED'].includes((state as { errorCode?: string }).errorCode);

describe('inspector-enabled properties', () => {
  it('is COMPLIANT exactly when every required type is ENABLED without an error', () => {
    fc.assert(
      fc.property(arbResourceState, arbRequired, (resourceState, required) => {
        const raw = Object.fromEntries(Object.entries(required).map(([k, v]) => [k, String(v)]));
        const verdict = evaluateItem(rule, account(resourceState), parseParameters(rule.parameters, raw));
        const expected = SCAN_TYPES.filter((type) => required[type]).every((type: ScanType) => scans(resourceState[type]));
        expect(verdict.compliance).toBe(expected ? 'COMPLIANT' : 'NON_COMPLIANT');
      }),
      { numRuns: 300 },
    );
  });

  it('never says COMPLIANT for anything recorded in place of Inspector2 without an ENABLED entry for the account', () => {
    fc.assert(
      fc.property(fc.anything(), (inspector) => {
        fc.pre(!JSON.stringify(inspector ?? null).includes('ENABLED'));
        const item = { ...account({}), configuration: { Inspector2: inspector } };
        expect(evaluateItem(rule, item, parseParameters(rule.parameters, {})).compliance).not.toBe('COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('gives the notification shape and the API shape of one item the same verdict', () => {
    fc.assert(
      fc.property(arbResourceState, (resourceState) => {
        const item = account(resourceState);
        const params = parseParameters(rule.parameters, {});
        expect(evaluateItem(rule, fromApiItem(toApiItem(item)), params)).toEqual(evaluateItem(rule, item, params));
      }),
      { numRuns: 100 },
    );
  });
});
