import { type ConfigurationItem, isRecord, jsonField, MalformedConfigurationItemError } from '../../rule-kit';
import { READ_AND_WRITE, type Access } from './access';
import { fieldIgnoringCase } from './field-ignoring-case';

/** The predefined S3 groups a grant can name. */
export type S3Group = 'AllUsers' | 'AuthenticatedUsers' | 'LogDelivery';

/** The groups that make a grant public: everyone, and anyone with any AWS account. */
export type PublicGroup = Exclude<S3Group, 'LogDelivery'>;

export type AclPermission = 'READ' | 'WRITE' | 'READ_ACP' | 'WRITE_ACP' | 'FULL_CONTROL';

export type Grantee =
  | { readonly kind: 'group'; readonly group: S3Group }
  | { readonly kind: 'canonicalUser'; readonly id: string }
  | { readonly kind: 'email'; readonly emailAddress: string };

export interface AclGrant {
  /** Position in the recorded grant list, from 0. */
  readonly index: number;
  readonly grantee: Grantee;
  readonly permission: AclPermission;
}

export interface PublicGrant {
  readonly index: number;
  readonly group: PublicGroup;
  readonly permission: AclPermission;
  readonly access: readonly Access[];
}

const GROUP_URIS: Readonly<Record<string, S3Group>> = {
  'http://acs.amazonaws.com/groups/global/allusers': 'AllUsers',
  'http://acs.amazonaws.com/groups/global/authenticatedusers': 'AuthenticatedUsers',
  'http://acs.amazonaws.com/groups/s3/logdelivery': 'LogDelivery',
};

const GROUP_NAMES: Readonly<Record<string, S3Group>> = {
  allusers: 'AllUsers',
  authenticatedusers: 'AuthenticatedUsers',
  logdelivery: 'LogDelivery',
};

/** Config records Java SDK enum names (`FullControl`, `ReadAcp`), the S3 API `FULL_CONTROL`, `READ_ACP`. */
const PERMISSIONS: Readonly<Record<string, AclPermission>> = {
  read: 'READ',
  write: 'WRITE',
  readacp: 'READ_ACP',
  writeacp: 'WRITE_ACP',
  fullcontrol: 'FULL_CONTROL',
};

const PERMISSION_ACCESS: Readonly<Record<AclPermission, readonly Access[]>> = {
  READ: ['read'],
  READ_ACP: ['read'],
  WRITE: ['write'],
  WRITE_ACP: ['write'],
  FULL_CONTROL: READ_AND_WRITE,
};

export const ACL_FIELD = 'supplementaryConfiguration.AccessControlList';

/** What a permission lets its grantee do: READ_ACP counts as read, WRITE_ACP as write (it can grant the rest). */
export function permissionAccess(permission: AclPermission): readonly Access[] {
  return PERMISSION_ACCESS[permission];
}

function groupFromText(text: string): S3Group | undefined {
  const folded = text.trim().toLowerCase().replace(/^https:/, 'http:');
  return GROUP_NAMES[folded] ?? GROUP_URIS[folded];
}

function readGrantee(item: ConfigurationItem, value: unknown, field: string): Grantee {
  const malformed = (reason: string): never => {
    throw new MalformedConfigurationItemError(field, item.resourceType, item.resourceId, reason, value);
  };
  if (typeof value === 'string') {
    const group = groupFromText(value);
    return group === undefined ? malformed('names no S3 group') : { kind: 'group', group };
  }
  if (!isRecord(value)) return malformed('is neither a group name nor an object');
  // A group grantee as the S3 API gives it: { Type: "Group", URI: "http://acs.amazonaws.com/..." }.
  const uri = fieldIgnoringCase(value, 'uri') ?? fieldIgnoringCase(value, 'identifier');
  const group = typeof uri === 'string' ? groupFromText(uri) : undefined;
  if (group !== undefined) return { kind: 'group', group };
  const id = fieldIgnoringCase(value, 'id');
  if (typeof id === 'string' && id !== '') return { kind: 'canonicalUser', id };
  const email = fieldIgnoringCase(value, 'emailAddress');
  if (typeof email === 'string' && email !== '') return { kind: 'email', emailAddress: email };
  return malformed('names no group, canonical user or email address');
}

function readPermission(item: ConfigurationItem, value: unknown, field: string): AclPermission {
  const permission = typeof value === 'string' ? PERMISSIONS[value.replace(/[^A-Za-z]/g, '').toLowerCase()] : undefined;
  if (permission === undefined) {
    throw new MalformedConfigurationItemError(field, item.resourceType, item.resourceId, 'is not an S3 ACL permission', value);
  }
  return permission;
}

/**
 * The grants of the bucket ACL as Config records it: a JSON string (or object) holding `grantList`
 * and/or `grantSet` (the Java SDK's two spellings), each grant `{ grantee, permission }`. A missing ACL
 * or one without any grant list is malformed: Config always records the owner's grant, so "no list"
 * means the rule cannot see the ACL, never "private".
 */
export function readAclGrants(item: ConfigurationItem, raw: unknown): readonly AclGrant[] {
  const malformed = (reason: string, value: unknown): never => {
    throw new MalformedConfigurationItemError(ACL_FIELD, item.resourceType, item.resourceId, reason, value);
  };
  if (raw === undefined || raw === null) return malformed('is missing', raw);
  const acl = jsonField(item, raw, ACL_FIELD);
  if (!isRecord(acl)) return malformed('is not an object', acl);
  const lists = ['grantList', 'grantSet'].map((name) => fieldIgnoringCase(acl, name));
  if (lists.some((list) => list !== undefined && list !== null && !Array.isArray(list))) {
    return malformed('has a grantList or grantSet that is not a list', acl);
  }
  const grants = lists.filter((list): list is unknown[] => Array.isArray(list)).flat();
  if (lists.every((list) => !Array.isArray(list))) return malformed('has neither grantList nor grantSet', acl);
  return grants.map((grant, index) => {
    const field = `${ACL_FIELD} grant ${index}`;
    if (!isRecord(grant)) return malformed(`grant ${index} is not an object`, grant);
    return {
      index,
      grantee: readGrantee(item, fieldIgnoringCase(grant, 'grantee'), `${field}.grantee`),
      permission: readPermission(item, fieldIgnoringCase(grant, 'permission'), `${field}.permission`),
    };
  });
}

/** Grants to AllUsers or AuthenticatedUsers, with what each lets the public do. */
export function publicGrants(grants: readonly AclGrant[]): readonly PublicGrant[] {
  return grants.flatMap((grant) =>
    grant.grantee.kind === 'group' && grant.grantee.group !== 'LogDelivery'
      ? [{ index: grant.index, group: grant.grantee.group, permission: grant.permission, access: permissionAccess(grant.permission) }]
      : [],
  );
}

export function describeGrant(grant: PublicGrant): string {
  return `ACL grant to ${grant.group} (${grant.permission})`;
}
