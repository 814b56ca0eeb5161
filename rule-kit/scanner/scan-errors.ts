import { preview } from '../errors';

/**
 * Errors that stop a scan (exit status 2): the input cannot be read as JSON, or the command asks for
 * something that does not exist. A malformed configuration item is not one of these: it is reported in
 * the scan's `errors` and the scan goes on.
 */
export abstract class ScanError extends Error {
  abstract override readonly name: string;
}

/** The text is not JSON where an item boundary was expected; `offset` counts bytes from the start of the file. */
export class JsonSyntaxError extends ScanError {
  readonly name = 'JsonSyntaxError';
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(`not valid JSON at byte ${offset}: ${reason}`);
  }
}

/** An input file that cannot be read as configuration items: not JSON, truncated, or not found. */
export class UnreadableInputError extends ScanError {
  readonly name = 'UnreadableInputError';
  constructor(
    readonly file: string,
    readonly position: string | undefined,
    readonly reason: string,
  ) {
    super(`Cannot read ${file}${position === undefined ? '' : ` (${position})`}: ${reason}`);
  }
}

/** The report file cannot be created or written (a missing folder, no permission). */
export class UnwritableOutputError extends ScanError {
  readonly name = 'UnwritableOutputError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`Cannot write ${file}: ${reason}`);
  }
}

/** `--rule` or `--param` names a rule the pack does not have. */
export class UnknownRuleError extends ScanError {
  readonly name = 'UnknownRuleError';
  constructor(
    readonly ruleId: string,
    readonly known: readonly string[],
  ) {
    super(`Unknown rule ${preview(ruleId)}; the pack has: ${known.length === 0 ? '(no rules)' : known.join(', ')}`);
  }
}

/** `--param` for a rule that is not part of the scan, or a value its spec rejects. */
export class RuleParameterError extends ScanError {
  readonly name = 'RuleParameterError';
  constructor(
    readonly ruleId: string,
    readonly reason: string,
  ) {
    super(`Rule ${ruleId}: ${reason}`);
  }
}
