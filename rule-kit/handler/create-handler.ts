import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import type { Context } from 'aws-lambda';
import type { ClientConstructor, CollectorContext, RuleDefinition } from '../define-rule';
import { parseEvent } from '../event/parse-event';
import type { Invocation } from '../event/config-rule-event';
import { createLogger, type Logger } from '../logging';
import { prepareRule } from '../evaluate/prepare-rule';
import type { ParameterSpecs } from '../parameters';
import { createConfigServiceClient, resolveBackoffPolicy, StreamingReporter, type PutEvaluationsOptions } from '../reporting';
import { partitionOf } from '../aws/partition';
import { CredentialCache, resolveCredentials, stripKitParameters } from '../aws/credentials';
import { Deadline, deadlineMarginMs, NO_DEADLINE } from './deadline';
import { EvaluationFailedError } from './evaluation-failed-error';
import { runInvocation } from './run-invocation';

export interface HandlerOptions {
  /** The region the function runs in; defaults to AWS_REGION, which Lambda always sets. */
  readonly region?: string;
  /** Where JSON log lines go; defaults to console.log (CloudWatch Logs). */
  readonly logSink?: (line: string) => void;
  /** Backoff knobs for PutEvaluations; tests inject `sleep` and `random`. */
  readonly reporting?: Omit<PutEvaluationsOptions, 'logger'>;
  /**
   * How long before the Lambda's timeout a periodic run stops collecting; defaults to
   * `deadlineMarginMs` of the time the invocation starts with (15 s, less for functions under 60 s).
   */
  readonly deadlineMarginMs?: number;
  /** Assumed-role credentials kept across warm invocations; one per handler by default, tests pass their own. */
  readonly credentialCache?: CredentialCache;
}

/** What an invocation reported, returned to Lambda (and to tests). */
export interface InvocationReport {
  readonly messageType: Invocation['messageType'];
  readonly reported: number;
  readonly compliance: Readonly<Record<string, number>>;
}

/** What the handler reads of Lambda's context: the request id (on every log line) and the time left. */
export type HandlerContext = Pick<Context, 'awsRequestId'> & Partial<Pick<Context, 'getRemainingTimeInMillis'>>;

/** Lambda's handler signature. */
export type ConfigRuleHandler = (event: unknown, context?: HandlerContext) => Promise<InvocationReport>;

/**
 * The Lambda handler for a rule. Every invocation either reports every evaluation through
 * PutEvaluations or throws: a bad event or parameter throws before anything is sent, an AWS error
 * throws with what was not reported, an evaluator bug throws after the rest was reported.
 *
 * @example
 * // rules/<id>/handler.ts
 * export const handler = createHandler(rule);
 */
export function createHandler<P extends ParameterSpecs, R>(rule: RuleDefinition<P, R>, options: HandlerOptions = {}): ConfigRuleHandler {
  // Created with the handler, so it lives as long as the Lambda container: warm invocations share it.
  const credentialCache = options.credentialCache ?? new CredentialCache();
  return async (event, context) => {
    const deadline = deadlineOf(context, options);
    const logger = createLogger({ rule: rule.id, ...(options.logSink ? { sink: options.logSink } : {}) });
    const baseLogger = context?.awsRequestId ? logger.child({ requestId: context.awsRequestId }) : logger;
    try {
      return await handle(rule, event, options, baseLogger, deadline, credentialCache);
    } catch (error) {
      baseLogger.error('Invocation failed', { error });
      throw error;
    }
  };
}

function deadlineOf(context: HandlerContext | undefined, options: HandlerOptions): Deadline {
  const remaining = context?.getRemainingTimeInMillis;
  if (typeof remaining !== 'function') return NO_DEADLINE;
  const timeLeft = () => remaining.call(context);
  const margin = options.deadlineMarginMs ?? deadlineMarginMs(timeLeft(), resolveBackoffPolicy(options.reporting));
  return new Deadline(timeLeft, margin);
}

async function handle<P extends ParameterSpecs, R>(
  rule: RuleDefinition<P, R>,
  event: unknown,
  options: HandlerOptions,
  baseLogger: Logger,
  deadline: Deadline,
  credentialCache: CredentialCache,
): Promise<InvocationReport> {
  const invocation = parseEvent(event);
  const logger = baseLogger.withSecret(invocation.resultToken).child({ configRuleName: invocation.ruleName });
  const { kit, rule: ruleParameters } = stripKitParameters(invocation.parameters);
  const ready = prepareRule(rule, ruleParameters);
  const region = options.region ?? process.env['AWS_REGION'] ?? 'us-east-1';
  const partition = partitionOf(region);
  const credentials = await resolveCredentials({
    ...(invocation.executionRoleArn === undefined ? {} : { executionRoleArn: invocation.executionRoleArn }),
    kitParameters: kit,
    accountId: invocation.accountId,
    partition,
    region,
    sessionName: rule.id,
    cache: credentialCache,
    logger,
  });
  const clients = new Map<unknown, unknown>();
  const client = <C>(ctor: ClientConstructor<C>): C => {
    let instance = clients.get(ctor) as C | undefined;
    if (instance === undefined) {
      instance = new ctor({ region, ...(credentials === undefined ? {} : { credentials }) });
      clients.set(ctor, instance);
    }
    return instance;
  };
  const collectorContext: CollectorContext = {
    client,
    accountId: invocation.accountId,
    region,
    partition,
    notificationTime: invocation.notificationCreationTime ?? new Date(0).toISOString(),
  };
  const config = client(ConfigServiceClient);
  // A separate client for reporting: putEvaluations owns its retries, so this one has the SDK's off.
  const reportingClient = createConfigServiceClient({ region, ...(credentials === undefined ? {} : { credentials }) });
  const reporter = new StreamingReporter(reportingClient, invocation.resultToken, { ...options.reporting, logger });
  const outcome = await runInvocation(ready, invocation, { config, collectorContext, logger, reporter, deadline });
  await reporter.finish();
  if (outcome.failureCount > 0) throw new EvaluationFailedError(outcome.failures, outcome.failureCount);
  return { messageType: invocation.messageType, reported: reporter.reported, compliance: reporter.compliance };
}
