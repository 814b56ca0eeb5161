import { join } from 'node:path';
import { type ConfigurationItem, InvalidParameterError } from '../../../rule-kit';
import { evaluateWith, loadItem as loadFixture, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/rds-snapshot-public';

const loadItem = (name: string) => loadFixture(join(__dirname, 'fixtures', name));
const evaluate = (item: ConfigurationItem) => evaluateWith(rule, item);

/** The fixture item with its attribute list replaced (as recorded: array, or JSON string from the API). */
function withAttributes(name: string, attributes: unknown): ConfigurationItem {
  const item = loadItem(name);
  const key = item.resourceType === 'AWS::RDS::DBSnapshot' ? 'DBSnapshotAttributes' : 'DBClusterSnapshotAttributes';
  return { ...item, supplementaryConfiguration: { [key]: attributes } };
}

describe('rds-snapshot-public', () => {
  it('is NON_COMPLIANT, naming the snapshot, when a DB snapshot is restorable by all', () => {
    const verdict = evaluate(loadItem('db-snapshot-public.json'));
    expect(verdict.compliance).toBe('NON_COMPLIANT');
    expect(verdict.annotation).toMatch(/DB snapshot orders-db-before-migration is public/);
  });

  it('is NON_COMPLIANT for a cluster snapshot shared with an account and with all', () => {
    const verdict = evaluate(loadItem('cluster-snapshot-public.json'));
    expect(verdict.compliance).toBe('NON_COMPLIANT');
    expect(verdict.annotation).toMatch(/DB cluster snapshot inventory-aurora-2026-03-01 is public/);
  });

  it('gives the API shape (JSON-string attributes) the same verdict as the notification', () => {
    const api = loadItem('cluster-snapshot-public-api.json');
    expect(evaluate(api)).toEqual(evaluate(loadItem('cluster-snapshot-public.json')));
  });

  it('is COMPLIANT, listing the accounts, when shared with named accounts only', () => {
    const verdict = evaluate(loadItem('db-snapshot-shared-with-accounts.json'));
    expect(verdict.compliance).toBe('COMPLIANT');
    expect(verdict.annotation).toContain('444455556666, 777788889999');
  });

  it('is COMPLIANT when not shared at all', () => {
    expect(evaluate(loadItem('db-snapshot-not-shared.json'))).toEqual({
      compliance: 'COMPLIANT',
      annotation: 'DB snapshot orders-db-weekly is not shared.',
    });
  });

  it('reads attributes recorded as a JSON string', () => {
    const item = withAttributes('db-snapshot-not-shared.json', '[{"attributeName":"restore","attributeValues":["all"]}]');
    expect(evaluate(item).compliance).toBe('NON_COMPLIANT');
  });

  it('finds "all" in any restore entry and in any casing', () => {
    const second = [
      { attributeName: 'restore', attributeValues: ['444455556666'] },
      { attributeName: 'restore', attributeValues: ['ALL'] },
    ];
    expect(evaluate(withAttributes('db-snapshot-not-shared.json', second)).compliance).toBe('NON_COMPLIANT');
  });

  it.each([
    ['missing', undefined, /DBSnapshotAttributes is missing/],
    ['null', null, /DBSnapshotAttributes is missing/],
    ['an empty list', [], /has no restore attribute/],
    ['a list without restore', [{ attributeName: 'other', attributeValues: ['all'] }], /has no restore attribute/],
    ['in API casing', [{ AttributeName: 'restore', AttributeValues: ['all'] }], /attributeName is not a string/],
    ['restore without values', [{ attributeName: 'restore' }], /attributeValues is not a list/],
    ['restore with a non-string value', [{ attributeName: 'restore', attributeValues: [444455556666] }], /attributeValues is not a string/],
    ['a string that is not JSON', 'restore=all', /not valid JSON/],
  ])('cannot determine, so NON_COMPLIANT, when the attribute list is %s', (_label, attributes, reason) => {
    const verdict = evaluate(withAttributes('db-snapshot-not-shared.json', attributes));
    expect(verdict.compliance).toBe('NON_COMPLIANT');
    expect(verdict.annotation).toMatch(/^Cannot evaluate: /);
    expect(verdict.annotation).toMatch(reason);
  });

  it('reads the cluster attribute key for cluster snapshots, not the DB one', () => {
    const item = loadItem('cluster-snapshot-public.json');
    const misplaced = { ...item, supplementaryConfiguration: { DBSnapshotAttributes: [{ attributeName: 'restore', attributeValues: [] }] } };
    expect(evaluate(misplaced).annotation).toMatch(/DBClusterSnapshotAttributes is missing/);
  });

  it('is NOT_APPLICABLE for a deleted snapshot and for other resource types', () => {
    expect(evaluate(loadItem('db-snapshot-deleted.json')).compliance).toBe('NOT_APPLICABLE');
    const instance = { ...loadItem('db-snapshot-public.json'), resourceType: 'AWS::RDS::DBInstance' } as const;
    expect(evaluate(instance).compliance).toBe('NOT_APPLICABLE');
  });

  it('takes no parameters', () => {
    expect(() => parseParameters(rule.parameters, { allowedAccounts: '444455556666' })).toThrow(InvalidParameterError);
  });
});
