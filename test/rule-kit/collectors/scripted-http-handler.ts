import type { ClientConstructor, CollectorContext } from '../../../rule-kit';

/** One HTTP answer, or a network error (e.g. `{ code: 'ENOTFOUND' }`) thrown instead of answering. */
export type ScriptedAnswer =
  | { readonly status: number; readonly headers?: Readonly<Record<string, string>>; readonly body: string }
  | { readonly networkError: string };

export interface ScriptedRequest {
  readonly method: string;
  readonly hostname: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * An HTTP handler for real SDK v3 clients that answers from a script, one answer per request, and
 * records each request. Unlike aws-sdk-client-mock (which replaces `send`), the whole middleware stack
 * runs: serialisation, signing, the SDK's retry strategy (throttling backoff), deserialisation of the
 * service's wire protocol and its error shapes.
 */
export function scriptedHttpHandler(answers: readonly ScriptedAnswer[]) {
  const requests: ScriptedRequest[] = [];
  let next = 0;
  const handler = {
    metadata: { handlerProtocol: 'http/1.1' },
    async handle(request: { method: string; hostname: string; path: string; headers: Record<string, string>; body?: unknown }) {
      requests.push({
        method: request.method,
        hostname: request.hostname,
        path: request.path,
        headers: { ...request.headers },
        body: typeof request.body === 'string' ? request.body : request.body === undefined ? '' : Buffer.from(request.body as Uint8Array).toString('utf8'),
      });
      const answer = answers[next];
      next += 1;
      if (answer === undefined) throw new Error(`scripted HTTP handler: no answer for request ${next}`);
      if ('networkError' in answer) throw Object.assign(new Error(`getaddrinfo ${answer.networkError} ${request.hostname}`), { code: answer.networkError });
      return Promise.resolve({ response: { statusCode: answer.status, reason: '', headers: { ...answer.headers }, body: new TextEncoder().encode(answer.body) } });
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs() {
      return {};
    },
    destroy() {},
  };
  return { handler, requests };
}

/** A collector context whose clients speak to `handler`, with static credentials. */
export function scriptedCollectorContext(
  handler: ReturnType<typeof scriptedHttpHandler>['handler'],
  options: { readonly accountId?: string; readonly region?: string; readonly partition?: string } = {},
): CollectorContext {
  const region = options.region ?? 'eu-west-1';
  return {
    accountId: options.accountId ?? '123456789012',
    region,
    partition: options.partition ?? 'aws',
    notificationTime: '2026-11-27T01:00:00.000Z',
    client<C>(ctor: ClientConstructor<C>): C {
      const credentials = () => Promise.resolve({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' });
      const config = { region, credentials, requestHandler: handler };
      return new ctor(config);
    },
  };
}
