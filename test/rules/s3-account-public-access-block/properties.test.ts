import fc from 'fast-check';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, fromApiItem, parseParameters, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/s3-account-public-access-block';
import { PUBLIC_ACCESS_BLOCK_SETTINGS as SETTINGS } from '../../../rule-kit';
import { sampleItems } from './sample-items';

const KEYS = SETTINGS.map((setting) => setting.recordedKey);
const NAMES = SETTINGS.map((setting) => setting.name);
const arbSettings = fc.record(Object.fromEntries(KEYS.map((key) => [key, fc.boolean()])) as Record<(typeof KEYS)[number], fc.Arbitrary<boolean>>, {
  requiredKeys: [],
});
/** At least one setting still required (all four relaxed is refused). */
const arbRequired = fc
  .record(Object.fromEntries(NAMES.map((name) => [name, fc.boolean()])) as Record<(typeof NAMES)[number], fc.Arbitrary<boolean>>)
  .filter((required) => Object.values(required).some(Boolean));

const blockItem = (configuration: unknown, supplementary: Record<string, unknown> = {}): ConfigurationItem => ({
  configurationItemVersion: '1.3',
  configurationItemCaptureTime: '2026-03-01T12:00:03.551Z',
  configurationItemStatus: 'OK',
  awsAccountId: '111122223333',
  awsRegion: 'us-east-1',
  resourceType: 'AWS::S3::AccountPublicAccessBlock',
  resourceId: '111122223333',
  configuration,
  supplementaryConfiguration: supplementary,
});
const params = (required: Record<string, boolean>) => parseParameters(rule.parameters, Object.fromEntries(Object.entries(required).map(([k, v]) => [k, String(v)])));
const verdictOf = (configuration: unknown, required: Record<string, boolean>) => evaluateItem(rule, blockItem(configuration), params(required)).compliance;

describe('s3-account-public-access-block properties', () => {
  it('is COMPLIANT exactly when every required setting is recorded as true', () => {
    fc.assert(
      fc.property(arbSettings, arbRequired, (settings, required) => {
        const ok = SETTINGS.every(({ name, recordedKey }) => !required[name] || settings[recordedKey] === true);
        expect(verdictOf(settings, required)).toBe(ok ? 'COMPLIANT' : 'NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('turning a setting on never turns COMPLIANT into NON_COMPLIANT; requiring one more never does the reverse', () => {
    fc.assert(
      fc.property(arbSettings, arbRequired, fc.constantFrom(...SETTINGS), (settings, required, setting) => {
        const before = verdictOf(settings, required);
        if (before === 'COMPLIANT') expect(verdictOf({ ...settings, [setting.recordedKey]: true }, required)).toBe('COMPLIANT');
        if (before === 'NON_COMPLIANT') expect(verdictOf(settings, { ...required, [setting.name]: true })).toBe('NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('a missing configuration is NON_COMPLIANT under every parameter set', () => {
    fc.assert(
      fc.property(arbSettings, arbRequired, (settings, required) => {
        const item = blockItem(settings, { NoSuchPublicAccessBlockConfiguration: true });
        expect(evaluateItem(rule, item, params(required)).compliance).toBe('NON_COMPLIANT');
      }),
      { numRuns: 100 },
    );
  });

  it('Config’s spelling and the API’s spelling give the same verdict; so do the notification and API item shapes', () => {
    fc.assert(
      fc.property(arbSettings, arbRequired, (settings, required) => {
        const pascal = Object.fromEntries(SETTINGS.flatMap(({ name, recordedKey }) => (recordedKey in settings ? [[name, settings[recordedKey]]] : [])));
        expect(verdictOf(pascal, required)).toBe(verdictOf(settings, required));
        const item = blockItem(settings);
        expect(evaluateItem(rule, fromApiItem(toApiItem(item)), params(required))).toEqual(evaluateItem(rule, item, params(required)));
      }),
      { numRuns: 100 },
    );
  });

  it('arbitrary JSON as configuration never throws and is COMPLIANT only with every required setting literally true', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), arbSettings.map((s) => ({ ...s, extra: 1 }))), arbRequired, (configuration, required) => {
        if (verdictOf(configuration, required) !== 'COMPLIANT') return;
        const record = configuration as Record<string, unknown>;
        for (const { name, recordedKey } of SETTINGS) if (required[name]) expect(record[recordedKey] ?? record[name]).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('sample items mix compliant and non-compliant accounts and survive the API round trip', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const items = Array.from({ length: 30 }, () => sampleItems(random, '111122223333', 'us-east-1')).flat();
    const defaults = parseParameters(rule.parameters, {});
    expect(new Set(items.map((item) => evaluateItem(rule, item, defaults).compliance))).toEqual(new Set(['COMPLIANT', 'NON_COMPLIANT']));
    for (const item of items) expect(fromApiItem(toApiItem(item))).toEqual(item);
  });
});
