import { RuleKitError } from '../errors';

/** A test fixture that cannot be read, is not JSON, or does not hold the number of items asked for. */
export class FixtureFileError extends RuleKitError {
  readonly name = 'FixtureFileError';
  readonly code = 'FixtureFile';
  constructor(
    readonly path: string,
    readonly reason: string,
    override readonly cause?: unknown,
  ) {
    super(`Fixture ${path}: ${reason}`);
  }
}
