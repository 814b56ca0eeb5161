/** Errors of the build (bundling and zipping). Each names the offending value. */

export class ZipEntryError extends Error {
  override readonly name = 'ZipEntryError';
  constructor(
    readonly entryName: string,
    readonly reason: string,
  ) {
    super(`Zip entry ${JSON.stringify(entryName)} ${reason}`);
  }
}

export class MissingHandlerError extends Error {
  override readonly name = 'MissingHandlerError';
  constructor(
    readonly ruleId: string,
    readonly entry: string,
  ) {
    super(`Rule ${ruleId} has no Lambda entry at ${entry} (it should hold: export const handler = createHandler(rule))`);
  }
}

export class BundleError extends Error {
  override readonly name = 'BundleError';
  constructor(
    readonly ruleId: string,
    readonly reason: string,
  ) {
    super(`Bundling rule ${ruleId} failed: ${reason}`);
  }
}

export class BuildArgumentError extends Error {
  override readonly name = 'BuildArgumentError';
  constructor(
    readonly argument: string,
    readonly reason: string,
  ) {
    super(`Invalid build argument ${JSON.stringify(argument)}: ${reason}`);
  }
}

/** A project file imports an AWS SDK client in a form the build cannot list the used exports of. */
export class SdkImportError extends Error {
  override readonly name = 'SdkImportError';
  constructor(
    readonly file: string,
    readonly packageName: string,
    readonly form: string,
  ) {
    super(`${file} imports ${packageName} as ${form}; import named exports (import { X } from, or const { X } = await import(...)) so the build can bundle only those`);
  }
}
