import { ConfigServiceClient, PutEvaluationsCommand, type Evaluation } from '@aws-sdk/client-config-service';
import type { ConfigurationItem } from '../../rule-kit';
import { recordingConfigClient } from '../../rule-kit/testing';

/** Where the handler's Config calls go while `config-rules invoke` runs it. */
export interface EvaluationCapture {
  /** Every evaluation the handler sent with PutEvaluations, in order. */
  evaluations(): Evaluation[];
  restore(): void;
}

/**
 * Offline: every ConfigServiceClient answers from `items` (oversized fetches, related lookups, periodic
 * listings) and records PutEvaluations; nothing is sent. Other SDK clients (a collector's) are pointed at
 * a closed local port with placeholder credentials, so they fail at once instead of reaching AWS or the
 * instance metadata service.
 */
export function offlineCapture(items: readonly ConfigurationItem[], env: NodeJS.ProcessEnv): EvaluationCapture {
  const saved = { ...env };
  Object.assign(env, {
    AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
    AWS_ACCESS_KEY_ID: 'OFFLINE',
    AWS_SECRET_ACCESS_KEY: 'OFFLINE',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_MAX_ATTEMPTS: '1',
  });
  delete env['AWS_SESSION_TOKEN'];
  delete env['AWS_PROFILE'];
  const config = recordingConfigClient({ items });
  return {
    evaluations: () => config.evaluations(),
    restore: () => {
      config.restore();
      for (const key of Object.keys(env)) if (!(key in saved)) delete env[key];
      Object.assign(env, saved);
    },
  };
}

/**
 * Live: Config and every other client use the caller's credentials; PutEvaluations is sent with the
 * TESTMODE token, so Config validates it and stores nothing, and its input is recorded here.
 */
export function liveCapture(): EvaluationCapture {
  const recorded: Evaluation[] = [];
  const prototype = ConfigServiceClient.prototype as { send: ConfigServiceClient['send'] };
  const own = Object.prototype.hasOwnProperty.call(prototype, 'send');
  const original = prototype.send;
  prototype.send = function send(this: ConfigServiceClient, ...args: Parameters<ConfigServiceClient['send']>) {
    const [command] = args;
    if (command instanceof PutEvaluationsCommand) recorded.push(...(command.input.Evaluations ?? []));
    return original.apply(this, args);
  } as ConfigServiceClient['send'];
  return {
    evaluations: () => [...recorded],
    restore: () => {
      if (own) prototype.send = original;
      else delete (prototype as { send?: unknown }).send;
    },
  };
}
