import { join } from 'node:path';
import { type ConfigurationItem, InvalidParameterError } from '../../../rule-kit';
import { evaluateWith, loadItems, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/ebs-snapshot-public';

const [publicItem, privateItem] = loadItems(join(__dirname, 'fixtures', 'collected-snapshots.json')) as [ConfigurationItem, ConfigurationItem];

const evaluate = (item: ConfigurationItem) => evaluateWith(rule, item);

const withSupplementary = (item: ConfigurationItem, supplementary: Record<string, unknown>): ConfigurationItem => ({
  ...item,
  supplementaryConfiguration: { ...item.supplementaryConfiguration, ...supplementary },
});

describe('ebs-snapshot-public', () => {
  it('is NON_COMPLIANT, naming the snapshot, for a public snapshot with block public access off', () => {
    const verdict = evaluate(publicItem);
    expect(verdict.compliance).toBe('NON_COMPLIANT');
    expect(verdict.annotation).toMatch(/^Snapshot snap-0a1b2c3d4e5f60718 is public: .*unblocked/);
  });

  it('is COMPLIANT for a snapshot not restorable by all', () => {
    expect(evaluate(privateItem)).toEqual({ compliance: 'COMPLIANT', annotation: 'Snapshot snap-01234567890abcdef is not public.' });
  });

  it('is COMPLIANT for a public snapshot when block-all-sharing makes the share ineffective', () => {
    const verdict = evaluate(withSupplementary(publicItem, { SnapshotBlockPublicAccessState: 'block-all-sharing' }));
    expect(verdict.compliance).toBe('COMPLIANT');
    expect(verdict.annotation).toMatch(/shared with all, but .*block-all-sharing/);
  });

  it.each(['block-new-sharing', 'unblocked', 'BLOCK-ALL-SHARING', undefined, 42])(
    'stays NON_COMPLIANT for a public snapshot when the block state is %p',
    (state) => {
      const item = withSupplementary(publicItem, { SnapshotBlockPublicAccessState: state });
      expect(evaluate(item).compliance).toBe('NON_COMPLIANT');
    },
  );

  it('counts only the all group as public, in any casing; a named-account share is not public', () => {
    expect(evaluate(withSupplementary(privateItem, { CreateVolumePermissions: [{ UserId: '444455556666' }] })).compliance).toBe('COMPLIANT');
    expect(evaluate(withSupplementary(privateItem, { CreateVolumePermissions: [{ Group: 'ALL' }] })).compliance).toBe('NON_COMPLIANT');
    expect(evaluate(withSupplementary(privateItem, { CreateVolumePermissions: '[{"Group":"all"}]' })).compliance).toBe('NON_COMPLIANT');
  });

  it.each([
    ['missing', undefined, /CreateVolumePermissions is missing/],
    ['null', null, /CreateVolumePermissions is missing/],
    ['not a list', { Group: 'all' }, /CreateVolumePermissions is not a list/],
    ['a list of non-objects', ['all'], /CreateVolumePermissions\[0\] is not an object/],
    ['a non-string Group', [{ Group: 1 }], /Group is not a string/],
  ])('cannot determine, so NON_COMPLIANT, when CreateVolumePermissions is %s', (_label, permissions, reason) => {
    const verdict = evaluate(withSupplementary(privateItem, { CreateVolumePermissions: permissions }));
    expect(verdict.compliance).toBe('NON_COMPLIANT');
    expect(verdict.annotation).toMatch(/^Cannot evaluate: /);
    expect(verdict.annotation).toMatch(reason);
  });

  it('is NOT_APPLICABLE for a deleted snapshot and for other resource types', () => {
    expect(evaluate({ ...publicItem, configurationItemStatus: 'ResourceDeleted', configuration: null }).compliance).toBe('NOT_APPLICABLE');
    expect(evaluate({ ...publicItem, resourceType: 'AWS::EC2::Volume' }).compliance).toBe('NOT_APPLICABLE');
  });

  it('is periodic only and takes no parameters', () => {
    expect(rule.triggers).toEqual(['periodic']);
    expect(() => parseParameters(rule.parameters, { blockState: 'block-all-sharing' })).toThrow(InvalidParameterError);
  });
});
