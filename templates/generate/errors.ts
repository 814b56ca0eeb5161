/** A rule whose metadata cannot be turned into the templates (e.g. a name over an AWS limit). */
export class GeneratorError extends Error {
  override readonly name = 'GeneratorError';
  constructor(
    readonly ruleId: string,
    readonly reason: string,
  ) {
    super(`Cannot generate templates for rule ${ruleId}: ${reason}`);
  }
}
