import {
  BatchGetResourceConfigCommand,
  ConfigServiceClient,
  GetComplianceDetailsByConfigRuleCommand,
  GetResourceConfigHistoryCommand,
  ListDiscoveredResourcesCommand,
  PutEvaluationsCommand,
  type BatchGetResourceConfigCommandInput,
  type Evaluation,
  type GetComplianceDetailsByConfigRuleCommandInput,
  type GetResourceConfigHistoryCommandInput,
  type ListDiscoveredResourcesCommandInput,
  type PutEvaluationsCommandInput,
} from '@aws-sdk/client-config-service';
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock';
import type { ConfigurationItem } from '../../configuration-item';
import { UnfakedCommandError } from './unfaked-command-error';
import { answerComplianceDetails, type PreviousEvaluation } from './answer-compliance-details';
import { answerBatchGetResourceConfig, answerListDiscoveredResources, answerResourceConfigHistory } from './answer-resource-config';

export interface RecordingConfigClientOptions {
  /** What Config has recorded (any number of items per resource; newest by capture time is current). */
  readonly items?: readonly ConfigurationItem[];
  /** What GetComplianceDetailsByConfigRule returns: the rule's earlier results. */
  readonly previousEvaluations?: readonly PreviousEvaluation[];
  /** Caps every page (history, discovered resources, compliance details) so tests exercise pagination. */
  readonly pageSize?: number;
}

export interface RecordingConfigClient {
  /** The aws-sdk-client-mock stub, for extra behaviour (`.on(PutEvaluationsCommand).rejects(...)`) or call checks. */
  readonly mock: AwsClientStub<ConfigServiceClient>;
  /** The input of every PutEvaluations call, in order. */
  putEvaluationsCalls(): PutEvaluationsCommandInput[];
  /** Every evaluation sent, across all PutEvaluations calls, in order. */
  evaluations(): Evaluation[];
  /** Puts the real ConfigServiceClient back; call it in afterEach. */
  restore(): void;
}

/**
 * A fake Config service for handler tests. Every ConfigServiceClient created while it is active (the
 * handler's own included) talks to it: PutEvaluations is recorded and answered `{FailedEvaluations: []}`;
 * GetResourceConfigHistory, ListDiscoveredResources and BatchGetResourceConfig answer from `items`
 * in the API shape; GetComplianceDetailsByConfigRule answers from `previousEvaluations`, paginated.
 * Any other command rejects with UnfakedCommandError, so an unexpected call fails the test.
 *
 * @example
 * const config = recordingConfigClient({ items: [bucket, accountBlock] });
 * await handler(changeEvent(bucket));
 * expect(config.evaluations()).toHaveLength(1);
 * config.restore();
 */
export function recordingConfigClient(options: RecordingConfigClientOptions = {}): RecordingConfigClient {
  const items = options.items ?? [];
  const previous = options.previousEvaluations ?? [];
  const pageSize = options.pageSize;
  const mock = mockClient(ConfigServiceClient);
  mock.onAnyCommand().callsFake((input: unknown) => {
    throw new UnfakedCommandError(input);
  });
  mock.on(PutEvaluationsCommand).resolves({ FailedEvaluations: [] });
  mock
    .on(GetResourceConfigHistoryCommand)
    .callsFake((input: GetResourceConfigHistoryCommandInput) => answerResourceConfigHistory(items, input, pageSize));
  mock
    .on(ListDiscoveredResourcesCommand)
    .callsFake((input: ListDiscoveredResourcesCommandInput) => answerListDiscoveredResources(items, input, pageSize));
  mock.on(BatchGetResourceConfigCommand).callsFake((input: BatchGetResourceConfigCommandInput) => answerBatchGetResourceConfig(items, input));
  mock
    .on(GetComplianceDetailsByConfigRuleCommand)
    .callsFake((input: GetComplianceDetailsByConfigRuleCommandInput) => answerComplianceDetails(previous, input, pageSize));

  const putEvaluationsCalls = (): PutEvaluationsCommandInput[] =>
    mock.commandCalls(PutEvaluationsCommand).map((call) => call.args[0].input);
  return {
    mock,
    putEvaluationsCalls,
    evaluations: () => putEvaluationsCalls().flatMap((input) => input.Evaluations ?? []),
    restore: () => mock.restore(),
  };
}
