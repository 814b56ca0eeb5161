/** The command line is wrong (exit status 2, with the usage hint). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(readonly reason: string) {
    super(reason);
  }
}
