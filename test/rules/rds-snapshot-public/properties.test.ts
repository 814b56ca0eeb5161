import fc from 'fast-check';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, fromApiItem, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/rds-snapshot-public';

type SnapshotType = 'AWS::RDS::DBSnapshot' | 'AWS::RDS::DBClusterSnapshot';
const KEY: Record<SnapshotType, string> = {
  'AWS::RDS::DBSnapshot': 'DBSnapshotAttributes',
  'AWS::RDS::DBClusterSnapshot': 'DBClusterSnapshotAttributes',
};

const arbType = fc.constantFrom<SnapshotType>('AWS::RDS::DBSnapshot', 'AWS::RDS::DBClusterSnapshot');
const arbAccount = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 12, maxLength: 12 });
const arbRestoreValues = fc.array(fc.oneof({ weight: 4, arbitrary: arbAccount }, { weight: 1, arbitrary: fc.constant('all') }), { maxLength: 5 });

const snapshot = (type: SnapshotType, attributes: unknown): ConfigurationItem => ({
  configurationItemVersion: '1.3',
  configurationItemCaptureTime: '2026-03-02T09:52:00.331Z',
  configurationItemStatus: 'OK',
  awsAccountId: '111122223333',
  awsRegion: 'eu-west-1',
  resourceType: type,
  resourceId: 'orders-db-before-migration',
  configuration: { snapshotType: 'manual' },
  supplementaryConfiguration: attributes === undefined ? {} : { [KEY[type]]: attributes },
});

const restore = (values: readonly string[]) => [{ attributeName: 'restore', attributeValues: values }];
const verdictOf = (type: SnapshotType, values: readonly string[]) => evaluateItem(rule, snapshot(type, restore(values)), {}).compliance;

describe('rds-snapshot-public properties', () => {
  it('is NON_COMPLIANT exactly when the restore attribute holds "all"', () => {
    fc.assert(
      fc.property(arbType, arbRestoreValues, (type, values) => {
        expect(verdictOf(type, values)).toBe(values.includes('all') ? 'NON_COMPLIANT' : 'COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('sharing with one more named account never changes the verdict; adding "all" always makes it public', () => {
    fc.assert(
      fc.property(arbType, arbRestoreValues, arbAccount, fc.nat(), (type, values, account, at) => {
        const position = at % (values.length + 1);
        const insert = (value: string) => [...values.slice(0, position), value, ...values.slice(position)];
        expect(verdictOf(type, insert(account))).toBe(verdictOf(type, values));
        expect(verdictOf(type, insert('all'))).toBe('NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('gives the notification shape and the API shape (JSON strings) of one item the same verdict', () => {
    fc.assert(
      fc.property(arbType, arbRestoreValues, (type, values) => {
        const notification = snapshot(type, restore(values));
        const api = fromApiItem(toApiItem(notification));
        expect(evaluateItem(rule, api, {})).toEqual(evaluateItem(rule, notification, {}));
      }),
      { numRuns: 100 },
    );
  });

  it('arbitrary attribute data never throws and is COMPLIANT only with a readable restore list without "all"', () => {
    fc.assert(
      fc.property(arbType, fc.oneof(fc.anything(), fc.jsonValue().map((value) => JSON.stringify(value))), (type, attributes) => {
        // evaluateItem turns MalformedConfigurationItemError into NON_COMPLIANT; any throw here is a bug.
        const verdict = evaluateItem(rule, snapshot(type, attributes), {});
        if (verdict.compliance !== 'COMPLIANT') return;
        const list: unknown = typeof attributes === 'string' ? JSON.parse(attributes) : attributes;
        expect(Array.isArray(list)).toBe(true);
        const restores = (list as readonly Record<string, unknown>[]).filter((entry) => entry['attributeName'] === 'restore');
        expect(restores.length).toBeGreaterThan(0);
        for (const entry of restores) expect(entry['attributeValues']).not.toContain('all');
      }),
      { numRuns: 200 },
    );
  });

  it('arbitrary JSON as configuration does not change a verdict that rests on the attributes', () => {
    fc.assert(
      fc.property(arbType, fc.jsonValue(), arbRestoreValues, (type, configuration, values) => {
        const item = { ...snapshot(type, restore(values)), configuration };
        expect(evaluateItem(rule, item, {}).compliance).toBe(verdictOf(type, values));
      }),
      { numRuns: 100 },
    );
  });
});
