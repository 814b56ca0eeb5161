import { type ConfigurationItem, isRecord, jsonField, MalformedConfigurationItemError } from '../../rule-kit';
import { fieldIgnoringCase } from './field-ignoring-case';

export type ObjectOwnership = 'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter';

const OWNERSHIPS: readonly ObjectOwnership[] = ['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter'];

export const OWNERSHIP_FIELD = 'supplementaryConfiguration.BucketOwnershipControls';

/**
 * The bucket's Object Ownership setting, or undefined when none is recorded (ACLs then apply).
 * Reads `{ ownershipControls: { rules: [{ ownership }] } }` (the Java SDK shape Config records), also
 * `{ rules: [...] }` and the API's `ObjectOwnership`, as an object or a JSON string. `BucketOwnerEnforced`
 * disables ACLs; with several rules it counts only when every rule says so.
 */
export function readObjectOwnership(item: ConfigurationItem, raw: unknown): ObjectOwnership | undefined {
  const malformed = (reason: string, value: unknown): never => {
    throw new MalformedConfigurationItemError(OWNERSHIP_FIELD, item.resourceType, item.resourceId, reason, value);
  };
  if (raw === undefined || raw === null) return undefined;
  const value = jsonField(item, raw, OWNERSHIP_FIELD);
  if (value === null) return undefined;
  if (!isRecord(value)) return malformed('is not an object', value);
  const controls = fieldIgnoringCase(value, 'ownershipControls') ?? value;
  if (!isRecord(controls)) return malformed('has ownershipControls that is not an object', value);
  const rules = fieldIgnoringCase(controls, 'rules');
  if (rules === undefined || rules === null) return undefined;
  if (!Array.isArray(rules)) return malformed('has rules that is not a list', value);
  const ownerships = rules.map((rule) => {
    const ownership = isRecord(rule) ? (fieldIgnoringCase(rule, 'ownership') ?? fieldIgnoringCase(rule, 'objectOwnership')) : undefined;
    return OWNERSHIPS.find((known) => known === ownership) ?? malformed('has a rule with an unknown object ownership', rule);
  });
  if (ownerships.length === 0) return undefined;
  return ownerships.every((ownership) => ownership === 'BucketOwnerEnforced')
    ? 'BucketOwnerEnforced'
    : ownerships.find((ownership) => ownership !== 'BucketOwnerEnforced');
}
