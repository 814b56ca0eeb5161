/**
 * Every error the kit raises is a class with a `name` and the offending value, so callers can branch
 * on `instanceof` and logs carry the value that caused it. Never throw strings.
 */

export abstract class RuleKitError extends Error {
  abstract override readonly name: string;
  /** AWS-style error code for structured logs. */
  abstract readonly code: string;
}

/** The Lambda event is not a Config rule event we understand. No evaluation is sent. */
export class InvalidEventError extends RuleKitError {
  readonly name = 'InvalidEventError';
  readonly code = 'InvalidEvent';
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`Invalid Config rule event: ${field} ${reason} (got ${preview(value)})`);
  }
}

/** `invokingEvent.messageType` is none of the notification types Config sends to rules. */
export class UnknownMessageTypeError extends RuleKitError {
  readonly name = 'UnknownMessageTypeError';
  readonly code = 'UnknownMessageType';
  constructor(readonly messageType: unknown) {
    super(
      `Unknown invokingEvent.messageType ${preview(messageType)}: expected ConfigurationItemChangeNotification, ` +
        'OversizedConfigurationItemChangeNotification or ScheduledNotification',
    );
  }
}

/** A rule parameter value that cannot be coerced to its declared type, or an undeclared parameter. */
export class InvalidParameterError extends RuleKitError {
  readonly name = 'InvalidParameterError';
  readonly code = 'InvalidParameter';
  constructor(
    readonly parameter: string,
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`Invalid rule parameter ${parameter}=${preview(value)}: ${reason}`);
  }
}

/**
 * A configuration item lacks a field the rule needs, or holds it in a shape the rule cannot read.
 * The kit turns it into NON_COMPLIANT for that resource (fail safe), never COMPLIANT.
 */
export class MalformedConfigurationItemError extends RuleKitError {
  readonly name = 'MalformedConfigurationItemError';
  readonly code = 'MalformedConfigurationItem';
  constructor(
    readonly field: string,
    readonly resourceType: string,
    readonly resourceId: string,
    readonly reason: string,
    readonly value?: unknown,
  ) {
    super(
      `${resourceType} ${resourceId}: ${field} ${reason}` + (value === undefined ? '' : ` (got ${preview(value)})`),
    );
  }
}

/** A rule definition that breaks the kit's contract (found when the rule module loads). */
export class RuleDefinitionError extends RuleKitError {
  readonly name = 'RuleDefinitionError';
  readonly code = 'RuleDefinition';
  constructor(
    readonly ruleId: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`Rule ${ruleId}: ${field} ${reason}`);
  }
}

/** A value that is not a valid evaluation (resource id length, compliance type). */
export class InvalidEvaluationError extends RuleKitError {
  readonly name = 'InvalidEvaluationError';
  readonly code = 'InvalidEvaluation';
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`Invalid evaluation: ${field} ${reason} (got ${preview(value)})`);
  }
}

/** Short, single-line rendering of an offending value for messages; long values are cut. */
export function preview(value: unknown, max = 120): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
