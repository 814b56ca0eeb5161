import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import type { Context } from 'aws-lambda';
import type { ClientConstructor, CollectorContext, RuleDefinition } from '../define-rule';
import { parseEvent } from '../event/parse-event';
import type { Invocation } from '../event/config-rule-event';
import { mergeEvaluations } from '../evaluations';
import { createLogger, type Logger } from '../logging';
import { resolveParameters } from '../evaluate/resolve-parameters';
import type { ParameterSpecs } from '../parameters';
import { createConfigServiceClient, putEvaluations, type PutEvaluationsOptions } from '../reporting';
import { partitionOf } from '../aws/partition';
import { resolveCredentials, stripKitParameters } from '../aws/credentials';
import { EvaluationFailedError } from './evaluation-failed-error';
import { runInvocation } from './run-invocation';

export interface HandlerOptions {
  /** The region the function runs in; defaults to AWS_REGION, which Lambda always sets. */
  readonly region?: string;
  /** Where JSON log lines go; defaults to console.log (CloudWatch Logs). */
  readonly logSink?: (line: string) => void;
  /** Backoff knobs for PutEvaluations; tests inject `sleep` and `random`. */
  readonly reporting?: Omit<PutEvaluationsOptions, 'logger'>;
}

/** What an invocation reported, returned to Lambda (and to tests). */
export interface InvocationReport {
  readonly messageType: Invocation['messageType'];
  readonly reported: number;
  readonly compliance: Readonly<Record<string, number>>;
}

/** Lambda's handler signature; the context's request id goes on every log line. */
export type ConfigRuleHandler = (event: unknown, context?: Pick<Context, 'awsRequestId'>) => Promise<InvocationReport>;

/**
 * The Lambda handler for a rule. Every invocation either reports every evaluation through
 * PutEvaluations or throws: a bad event or parameter throws before anything is sent, an AWS error
 * throws with what was not reported, an evaluator bug throws after the rest was reported.
 */
export function createHandler<P extends ParameterSpecs>(rule: RuleDefinition<P>, options: HandlerOptions = {}): ConfigRuleHandler {
  return async (event, context) => {
    const logger = createLogger({ rule: rule.id, ...(options.logSink ? { sink: options.logSink } : {}) });
    const baseLogger = context?.awsRequestId ? logger.child({ requestId: context.awsRequestId }) : logger;
    try {
      return await handle(rule, event, options, baseLogger);
    } catch (error) {
      baseLogger.error('Invocation failed', { error });
      throw error;
    }
  };
}

async function handle<P extends ParameterSpecs>(
  rule: RuleDefinition<P>,
  event: unknown,
  options: HandlerOptions,
  baseLogger: Logger,
): Promise<InvocationReport> {
  const invocation = parseEvent(event);
  const logger = baseLogger.withSecret(invocation.resultToken).child({ configRuleName: invocation.ruleName });
  const { kit, rule: ruleParameters } = stripKitParameters(invocation.parameters);
  const params = resolveParameters(rule, ruleParameters);
  const region = options.region ?? process.env['AWS_REGION'] ?? 'us-east-1';
  const partition = partitionOf(region);
  const credentials = await resolveCredentials({
    ...(invocation.executionRoleArn === undefined ? {} : { executionRoleArn: invocation.executionRoleArn }),
    kitParameters: kit,
    accountId: invocation.accountId,
    partition,
    region,
    sessionName: rule.id,
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
  const outcome = await runInvocation(rule, invocation, params, { config, collectorContext, logger });
  const evaluations = mergeEvaluations(outcome.evaluations);
  for (const evaluation of evaluations) {
    logger.info('Evaluation', {
      resourceType: evaluation.ComplianceResourceType,
      resourceId: evaluation.ComplianceResourceId,
      compliance: evaluation.ComplianceType,
      annotation: evaluation.Annotation,
    });
  }
  // A separate client for reporting: putEvaluations owns its retries, so this one has the SDK's off.
  const reporter = createConfigServiceClient({ region, ...(credentials === undefined ? {} : { credentials }) });
  await putEvaluations(reporter, evaluations, invocation.resultToken, { ...options.reporting, logger });
  if (outcome.failures.length > 0) throw new EvaluationFailedError(outcome.failures);
  const compliance: Record<string, number> = {};
  for (const evaluation of evaluations) compliance[evaluation.ComplianceType] = (compliance[evaluation.ComplianceType] ?? 0) + 1;
  return { messageType: invocation.messageType, reported: evaluations.length, compliance };
}
