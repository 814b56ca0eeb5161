import fc from 'fast-check';
import { evaluateItem, fromApiItem, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/rds-snapshot-public';
import { recordedShape } from '../../../rules/rds-snapshot-public/recorded-keys';
import { dbClusterSnapshotItem, dbSnapshotItem } from '../../../rules/rds-snapshot-public/snapshot-items';
import { offlineCollectorContext } from '../../rule-kit/collectors/collector-context';

const ctx = offlineCollectorContext('111122223333', 'eu-west-1', '2026-03-04T14:00:00.000Z');
const arbValue = fc.oneof(fc.constantFrom('all', 'ALL', ' All '), fc.stringMatching(/^\d{12}$/));

describe('rds-snapshot-public collected items (properties)', () => {
  it('a collected snapshot is NON_COMPLIANT exactly when a restore value is "all", in both item shapes', () => {
    fc.assert(
      fc.property(fc.array(arbValue, { maxLength: 4 }), fc.boolean(), (values, cluster) => {
        const attributes = [{ AttributeName: 'restore', AttributeValues: values }];
        const item = cluster
          ? dbClusterSnapshotItem(ctx, { DBClusterSnapshotIdentifier: 'c', DBClusterSnapshotArn: 'arn:aws:rds:eu-west-1:111122223333:cluster-snapshot:c' }, attributes)
          : dbSnapshotItem(ctx, { DBSnapshotIdentifier: 's', DBSnapshotArn: 'arn:aws:rds:eu-west-1:111122223333:snapshot:s' }, attributes);
        const verdict = evaluateItem(rule, item, {});
        expect(verdict.compliance).toBe(values.some((v) => v.trim().toLowerCase() === 'all') ? 'NON_COMPLIANT' : 'COMPLIANT');
        expect(evaluateItem(rule, fromApiItem(toApiItem(item)), {})).toEqual(verdict);
      }),
      { numRuns: 200 },
    );
  });

  it('renames keys only: the same values, in the same structure, come back from Config\'s spelling', () => {
    // Capital then lower case: lowering stays one-to-one, so no two keys collide.
    const arbKey = fc.stringMatching(/^[A-Z][a-z]{0,12}$/);
    const arbTree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 0 }), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(arbKey, tie('node'), { maxKeys: 3 })),
    })).node;
    fc.assert(
      fc.property(arbTree, fc.constantFrom('lower-first', 'lower-leading-capitals') as fc.Arbitrary<'lower-first' | 'lower-leading-capitals'>, (tree, style) => {
        const values = (node: unknown): unknown[] =>
          Array.isArray(node) ? node.flatMap(values) : typeof node === 'object' && node !== null ? Object.values(node).flatMap(values) : [node];
        const renamed = recordedShape(tree, style);
        expect(values(renamed)).toEqual(values(JSON.parse(JSON.stringify(tree)) as unknown));
        const keys = (node: unknown): string[] =>
          Array.isArray(node) ? node.flatMap(keys) : typeof node === 'object' && node !== null ? Object.entries(node).flatMap(([k, v]) => [k, ...keys(v)]) : [];
        for (const key of keys(renamed)) expect(key.charAt(0)).toBe(key.charAt(0).toLowerCase());
      }),
      { numRuns: 150 },
    );
  });
});
