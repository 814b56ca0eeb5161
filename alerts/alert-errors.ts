import { preview } from '../rule-kit/errors';

/** The event is not one the alert function handles: nothing is published, the invocation fails. */
export class AlertEventError extends Error {
  override readonly name = 'AlertEventError';
  readonly code = 'InvalidAlertEvent';
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`Invalid alert event: ${field} ${reason} (got ${preview(value)})`);
  }
}

/** SNS refused the message: the invocation fails so EventBridge and Lambda retry, then dead-letter it. */
export class PublishFailedError extends Error {
  override readonly name = 'PublishFailedError';
  readonly code = 'PublishFailed';
  constructor(
    readonly topicArn: string,
    readonly subject: string,
    options: { readonly cause: unknown },
  ) {
    super(`Could not publish "${subject}" to ${topicArn}: ${options.cause instanceof Error ? options.cause.message : String(options.cause)}`, options);
  }
}

/** The function's environment lacks a setting the stack always passes. */
export class AlertConfigurationError extends Error {
  override readonly name = 'AlertConfigurationError';
  readonly code = 'AlertConfiguration';
  constructor(
    readonly variable: string,
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`Alert function setting ${variable} ${reason} (got ${preview(value)})`);
  }
}
