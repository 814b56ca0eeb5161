import fc from 'fast-check';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, fromApiItem, toApiItem } from '../../../rule-kit/testing';
import { rule } from '../../../rules/ebs-snapshot-public';

const arbBlockState = fc.constantFrom<unknown>('block-all-sharing', 'block-new-sharing', 'unblocked', undefined);
const arbAccountShare = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 12, maxLength: 12 }).map((UserId) => ({ UserId }));
const arbPermissions = fc.array(fc.oneof({ weight: 3, arbitrary: arbAccountShare }, { weight: 1, arbitrary: fc.constant({ Group: 'all' }) }), {
  maxLength: 4,
});

const snapshotItem = (permissions: unknown, blockState: unknown): ConfigurationItem => ({
  configurationItemVersion: '1.3',
  configurationItemCaptureTime: '2026-03-02T12:00:00.000Z',
  configurationItemStatus: 'OK',
  awsAccountId: '111122223333',
  awsRegion: 'eu-west-1',
  resourceType: 'AWS::EC2::Snapshot',
  resourceId: 'snap-0a1b2c3d4e5f60718',
  configuration: { SnapshotId: 'snap-0a1b2c3d4e5f60718', State: 'completed' },
  supplementaryConfiguration: {
    ...(permissions === undefined ? {} : { CreateVolumePermissions: permissions }),
    ...(blockState === undefined ? {} : { SnapshotBlockPublicAccessState: blockState }),
  },
});

const verdictOf = (permissions: unknown, blockState: unknown) => evaluateItem(rule, snapshotItem(permissions, blockState), {}).compliance;
const hasAll = (permissions: readonly object[]) => permissions.some((p) => 'Group' in p);

describe('ebs-snapshot-public properties', () => {
  it('is NON_COMPLIANT exactly when the all group is granted and the block state is not block-all-sharing', () => {
    fc.assert(
      fc.property(arbPermissions, arbBlockState, (permissions, state) => {
        const exposed = hasAll(permissions) && state !== 'block-all-sharing';
        expect(verdictOf(permissions, state)).toBe(exposed ? 'NON_COMPLIANT' : 'COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('a named-account share never makes a snapshot public; the all group always does unless block-all-sharing', () => {
    fc.assert(
      fc.property(arbPermissions, arbAccountShare, arbBlockState, (permissions, share, state) => {
        expect(verdictOf([...permissions, share], state)).toBe(verdictOf(permissions, state));
        expect(verdictOf([...permissions, { Group: 'all' }], state)).toBe(state === 'block-all-sharing' ? 'COMPLIANT' : 'NON_COMPLIANT');
      }),
      { numRuns: 200 },
    );
  });

  it('block-all-sharing never makes a verdict worse, and is the only state that changes one', () => {
    fc.assert(
      fc.property(arbPermissions, arbBlockState, (permissions, state) => {
        expect(verdictOf(permissions, 'block-all-sharing')).toBe('COMPLIANT');
        if (state !== 'block-all-sharing') expect(verdictOf(permissions, state)).toBe(verdictOf(permissions, 'unblocked'));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the collected item and its API shape (JSON strings) the same verdict', () => {
    fc.assert(
      fc.property(arbPermissions, arbBlockState, (permissions, state) => {
        const item = snapshotItem(permissions, state);
        const api = fromApiItem(toApiItem(item));
        expect(evaluateItem(rule, api, {})).toEqual(evaluateItem(rule, item, {}));
      }),
      { numRuns: 100 },
    );
  });

  it('arbitrary permission data never throws and is COMPLIANT only when it is a readable list', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue().map((value) => JSON.stringify(value))), arbBlockState, (permissions, state) => {
        // evaluateItem turns MalformedConfigurationItemError into NON_COMPLIANT; any throw here is a bug.
        const verdict = evaluateItem(rule, snapshotItem(permissions, state), {});
        if (verdict.compliance !== 'COMPLIANT') return;
        const list: unknown = typeof permissions === 'string' ? JSON.parse(permissions) : permissions;
        expect(Array.isArray(list)).toBe(true);
        if (state !== 'block-all-sharing') {
          for (const entry of list as readonly Record<string, unknown>[]) expect(String(entry['Group']).toLowerCase()).not.toBe('all');
        }
      }),
      { numRuns: 200 },
    );
  });
});
