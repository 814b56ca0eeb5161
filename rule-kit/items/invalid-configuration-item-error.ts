import { preview, RuleKitError } from '../errors';

/** Where in a file or notification an invalid item sits, and which resource it claims to be. */
export interface ItemLocation {
  /** Position in the file's item list (`configurationItems[index]` or a bare JSON array). */
  readonly index?: number;
  readonly resourceType?: string;
  readonly resourceId?: string;
}

/**
 * A configuration item (or a file holding items) that is not in any shape Config produces: a missing
 * required field, an unknown status, a configuration string that is not JSON. Raised while
 * normalising, before any rule runs, so the caller can skip or report the item with its position.
 */
export class InvalidConfigurationItemError extends RuleKitError {
  readonly name = 'InvalidConfigurationItemError';
  readonly code = 'InvalidConfigurationItem';
  readonly index: number | undefined;
  readonly resourceType: string | undefined;
  readonly resourceId: string | undefined;

  constructor(
    /** Path of the offending field inside the item, e.g. `relationships[0].name`. */
    readonly field: string,
    readonly value: unknown,
    readonly reason: string,
    readonly location: ItemLocation = {},
  ) {
    super(describe(field, value, reason, location));
    this.index = location.index;
    this.resourceType = location.resourceType;
    this.resourceId = location.resourceId;
  }

  /** The same error, with more of its location filled in (first-known values win). */
  locatedAt(location: ItemLocation): InvalidConfigurationItemError {
    return new InvalidConfigurationItemError(this.field, this.value, this.reason, { ...location, ...defined(this.location) });
  }
}

function defined(location: ItemLocation): ItemLocation {
  const out: { index?: number; resourceType?: string; resourceId?: string } = {};
  if (location.index !== undefined) out.index = location.index;
  if (location.resourceType !== undefined) out.resourceType = location.resourceType;
  if (location.resourceId !== undefined) out.resourceId = location.resourceId;
  return out;
}

function describe(field: string, value: unknown, reason: string, location: ItemLocation): string {
  const where: string[] = [];
  if (location.index !== undefined) where.push(`item ${location.index}`);
  if (location.resourceType !== undefined || location.resourceId !== undefined) {
    where.push(`${location.resourceType ?? '?'} ${location.resourceId ?? '?'}`);
  }
  const prefix = where.length === 0 ? '' : ` (${where.join(', ')})`;
  return `Invalid configuration item${prefix}: ${field} ${reason} (got ${value === undefined ? 'undefined' : preview(value)})`;
}
