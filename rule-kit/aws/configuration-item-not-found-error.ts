import { RuleKitError } from '../errors';

/** GetResourceConfigHistory returned nothing for an item Config told us about. */
export class ConfigurationItemNotFoundError extends RuleKitError {
  readonly name = 'ConfigurationItemNotFoundError';
  readonly code = 'ConfigurationItemNotFound';
  constructor(
    readonly resourceType: string,
    readonly resourceId: string,
    readonly laterTime?: string,
  ) {
    super(
      `GetResourceConfigHistory returned no item for ${resourceType} ${resourceId}` +
        (laterTime === undefined ? '' : ` at or before ${laterTime}`),
    );
  }
}
