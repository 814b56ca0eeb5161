import { preview, RuleKitError } from '../errors';

/**
 * A CIDR block the parser cannot read. Readers of configuration items turn it into
 * MalformedConfigurationItemError (naming the field and resource), so a rule fails safe.
 */
export class InvalidCidrError extends RuleKitError {
  readonly name = 'InvalidCidrError';
  readonly code = 'InvalidCidr';
  constructor(
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`Invalid CIDR block ${preview(value)}: ${reason}`);
  }
}
