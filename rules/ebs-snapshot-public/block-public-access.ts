/** The account's "block public access for snapshots" setting in one Region (GetSnapshotBlockPublicAccessState). */
export type SnapshotBlockPublicAccessState = 'block-all-sharing' | 'block-new-sharing' | 'unblocked';

/**
 * Only `block-all-sharing` makes an existing public share ineffective: EC2 then treats already-public
 * snapshots as private, although their createVolumePermission still says `all`. `block-new-sharing`
 * only refuses new public shares; snapshots already public stay public. An absent or unknown state
 * blocks nothing, so a public snapshot is never excused on data we cannot read.
 */
export function neutralisesPublicSharing(state: unknown): state is 'block-all-sharing' {
  return state === 'block-all-sharing';
}
