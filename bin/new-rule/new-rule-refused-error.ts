/** `config-rules new` will not create the rule; nothing was changed. */
export class NewRuleRefusedError extends Error {
  override readonly name = 'NewRuleRefusedError';
  constructor(
    readonly field: string,
    readonly value: string,
    readonly reason: string,
  ) {
    super(`${field} ${JSON.stringify(value)} ${reason}`);
  }
}
