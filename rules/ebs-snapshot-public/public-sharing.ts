import {
  type ConfigurationItem,
  jsonField,
  MalformedConfigurationItemError,
  requireArray,
  requireRecord,
  requireString,
} from '../../rule-kit';

export const PERMISSIONS_KEY = 'CreateVolumePermissions';
export const BLOCK_STATE_KEY = 'SnapshotBlockPublicAccessState';

export interface PublicSharing {
  /** The snapshot's createVolumePermission grants the `all` group. */
  readonly public: boolean;
  /** As collected; undefined when the collector recorded none. */
  readonly blockState: unknown;
}

/**
 * Reads what the collector recorded. No CreateVolumePermissions at all means we cannot tell whether the
 * snapshot is public: that throws, and the kit answers NON_COMPLIANT "Cannot evaluate".
 */
export function readPublicSharing(item: ConfigurationItem): PublicSharing {
  const field = `supplementaryConfiguration.${PERMISSIONS_KEY}`;
  const raw = item.supplementaryConfiguration?.[PERMISSIONS_KEY];
  if (raw === undefined || raw === null) {
    throw new MalformedConfigurationItemError(field, item.resourceType, item.resourceId, 'is missing: public sharing cannot be determined');
  }
  const permissions = requireArray(item, jsonField(item, raw, field), field);
  // Entries naming a UserId are shares with one account; only the `all` group is public. Any casing counts.
  const isPublic = permissions.some((entry, index) => {
    const permission = requireRecord(item, entry, `${field}[${index}]`);
    const group = permission['Group'];
    return group !== undefined && requireString(item, group, `${field}[${index}].Group`).toLowerCase() === 'all';
  });
  return { public: isPublic, blockState: item.supplementaryConfiguration?.[BLOCK_STATE_KEY] };
}
