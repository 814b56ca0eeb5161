import { MalformedConfigurationItemError } from '../../../rule-kit';
import { permissionAccess, publicGrants, readAclGrants } from '../../../rules/s3-bucket-public-access/acl-grants';
import { BUCKET } from './item';

const OWNER = { grantee: { id: '7b4c2e9f', displayName: null }, permission: 'FullControl' };
const acl = (...grants: unknown[]) => ({ grantSet: null, grantList: [OWNER, ...grants], owner: { id: '7b4c2e9f' }, isRequesterCharged: false });

describe('readAclGrants', () => {
  it('reads the recorded JSON string and the object alike', () => {
    const value = acl({ grantee: 'AllUsers', permission: 'Read' });
    expect(readAclGrants(BUCKET, JSON.stringify(value))).toEqual(readAclGrants(BUCKET, value));
    expect(readAclGrants(BUCKET, value)).toEqual([
      { index: 0, grantee: { kind: 'canonicalUser', id: '7b4c2e9f' }, permission: 'FULL_CONTROL' },
      { index: 1, grantee: { kind: 'group', group: 'AllUsers' }, permission: 'READ' },
    ]);
  });

  it('reads group grantees as Config (enum name) and the S3 API (URI) spell them', () => {
    const grants = readAclGrants(
      BUCKET,
      acl(
        { grantee: 'AuthenticatedUsers', permission: 'WriteAcp' },
        { grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, permission: 'READ_ACP' },
        { grantee: { identifier: 'http://acs.amazonaws.com/groups/s3/LogDelivery' }, permission: 'WRITE' },
        { grantee: { emailAddress: 'ops@example.com' }, permission: 'READ' },
      ),
    );
    expect(grants.map((grant) => [grant.grantee, grant.permission])).toEqual([
      [{ kind: 'canonicalUser', id: '7b4c2e9f' }, 'FULL_CONTROL'],
      [{ kind: 'group', group: 'AuthenticatedUsers' }, 'WRITE_ACP'],
      [{ kind: 'group', group: 'AllUsers' }, 'READ_ACP'],
      [{ kind: 'group', group: 'LogDelivery' }, 'WRITE'],
      [{ kind: 'email', emailAddress: 'ops@example.com' }, 'READ'],
    ]);
  });

  it('reads grantSet when grantList is null', () => {
    const grants = readAclGrants(BUCKET, { grantSet: [{ grantee: 'AllUsers', permission: 'Read' }], grantList: null });
    expect(grants).toHaveLength(1);
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['not JSON', '{"grantList"'],
    ['not an object', '[1,2]'],
    ['without a grant list', { grantSet: null, grantList: null }],
    ['with a grant list that is not a list', { grantList: { grantee: 'AllUsers' } }],
    ['with a grant that is not an object', { grantList: ['AllUsers'] }],
    ['with an unknown group', { grantList: [{ grantee: 'Everyone', permission: 'Read' }] }],
    ['with an unknown group URI', { grantList: [{ grantee: { URI: 'http://acs.amazonaws.com/groups/global/Everyone' }, permission: 'Read' }] }],
    ['with an empty grantee', { grantList: [{ grantee: {}, permission: 'Read' }] }],
    ['with an unknown permission', { grantList: [{ grantee: 'AllUsers', permission: 'List' }] }],
    ['with a missing permission', { grantList: [{ grantee: 'AllUsers' }] }],
  ])('throws MalformedConfigurationItemError when the ACL is %s', (_label, raw) => {
    expect(() => readAclGrants(BUCKET, raw)).toThrow(MalformedConfigurationItemError);
  });
});

describe('publicGrants', () => {
  it('keeps AllUsers and AuthenticatedUsers grants, with what each permission allows', () => {
    const grants = readAclGrants(
      BUCKET,
      acl(
        { grantee: 'AllUsers', permission: 'Read' },
        { grantee: 'LogDelivery', permission: 'Write' },
        { grantee: 'AuthenticatedUsers', permission: 'FullControl' },
      ),
    );
    expect(publicGrants(grants)).toEqual([
      { index: 1, group: 'AllUsers', permission: 'READ', access: ['read'] },
      { index: 3, group: 'AuthenticatedUsers', permission: 'FULL_CONTROL', access: ['read', 'write'] },
    ]);
  });

  it('maps every permission to read, write or both as the issue defines', () => {
    expect(permissionAccess('READ')).toEqual(['read']);
    expect(permissionAccess('READ_ACP')).toEqual(['read']);
    expect(permissionAccess('WRITE')).toEqual(['write']);
    expect(permissionAccess('WRITE_ACP')).toEqual(['write']);
    expect(permissionAccess('FULL_CONTROL')).toEqual(['read', 'write']);
  });
});
