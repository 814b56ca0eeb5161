import type { Evaluation } from '@aws-sdk/client-config-service';
import type { RuleDefinition } from '../../rule-kit';
import { liveCapture, offlineCapture } from './capture-evaluations';
import { invocationEvents, type InvocationInput } from './invocation-events';

/** A rule's Lambda entry point, as rules/<id>/handler.ts exports it. */
export type RuleHandler = (event: unknown) => Promise<unknown>;

export interface InvokeOptions {
  readonly live: boolean;
  readonly ruleParameters: Readonly<Record<string, string>>;
  /** Where the handler's log lines go (they are JSON, one per line). */
  readonly logSink: (line: string) => void;
  readonly env: NodeJS.ProcessEnv;
}

export type InvokeOutcome =
  | { readonly kind: 'sent'; readonly evaluations: readonly Evaluation[] }
  | { readonly kind: 'failed'; readonly evaluations: readonly Evaluation[]; readonly error: unknown };

/**
 * Runs the rule's real handler on the events Config would send and returns what it sent to
 * PutEvaluations. The handler logs with console.log, as in Lambda: those lines go to `logSink`.
 */
export async function invokeRule(rule: RuleDefinition, handler: RuleHandler, input: InvocationInput, options: InvokeOptions): Promise<InvokeOutcome> {
  const events = invocationEvents(rule, input, options.ruleParameters);
  const capture = options.live ? liveCapture() : offlineCapture(input.items, options.env);
  const log = console.log;
  console.log = (...parts: unknown[]) => options.logSink(parts.map(String).join(' '));
  try {
    for (const event of events) await handler(event);
    return { kind: 'sent', evaluations: capture.evaluations() };
  } catch (error) {
    return { kind: 'failed', evaluations: capture.evaluations(), error };
  } finally {
    console.log = log;
    capture.restore();
  }
}
