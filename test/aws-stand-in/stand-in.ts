import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { accessDeniedCode, AwsFault, faultReply, throttlingFault, type Protocol, type WireReply } from './protocol';
import { xmlElements, type XmlElements } from './xml';

/** Who signed a request: the stand-in issues every access key it accepts. */
export interface Identity {
  readonly accessKeyId: string;
  readonly account: string;
  /** The caller's ARN, as GetCallerIdentity and AccessDenied messages show it. */
  readonly arn: string;
}

export interface IssuedCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

export interface StandInRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
  /** From the SigV4 credential scope. */
  readonly signingName: string;
  readonly region: string;
  readonly accessKeyId: string;
}

/** One call to a handler, its operation and input already read from the wire. */
export interface StandInCall {
  readonly operation: string;
  readonly region: string;
  readonly identity: Identity;
  /** JSON protocols: the parsed body. Query protocols: the form fields. REST: empty. */
  readonly input: Readonly<Record<string, unknown>>;
  readonly form: URLSearchParams;
  readonly request: StandInRequest;
}

export type HandlerResult = { readonly json: unknown } | { readonly xml: XmlElements } | { readonly raw: WireReply };

export interface ServiceHandler {
  /** The SigV4 signing name the SDK uses (`config`, `ec2`, `s3`...), or `s3-control` (signs as `s3`). */
  readonly service: string;
  readonly protocol: Protocol;
  /** The operation a REST request calls; JSON and query requests name theirs. */
  operation?(request: StandInRequest): string;
  /** The IAM action an operation needs, for denials; defaults to `<service>:<operation>`. */
  action?(operation: string): string;
  handle(call: StandInCall): Promise<HandlerResult> | HandlerResult;
}

/** One call as the stand-in saw it, for assertions and the benchmark. */
export interface CallRecord {
  readonly service: string;
  readonly operation: string;
  readonly account: string;
  readonly region: string;
  readonly status: number;
  /** From the request's arrival to the end of the answer, added latency included. */
  readonly ms: number;
  /** The error code written, if any. */
  readonly error?: string;
}

export interface Denial {
  /** `config:ListDiscoveredResources`, `sts:AssumeRole`... */
  readonly action: string;
  readonly account?: string;
  readonly region?: string;
}

export interface StandInOptions {
  /** Added before every answer: what a real endpoint's round trip costs. */
  readonly latencyMs?: number;
}

const QUERY_VERSIONS: Readonly<Record<string, string>> = { ec2: '2016-11-15' };
const ANY_REGION = 'us-east-1';

/**
 * A loopback HTTP server that answers the AWS SDK v3 clients as the services would, reached through the
 * SDK's standard `AWS_ENDPOINT_URL`. The core routes by the SigV4 signing name, reads the operation as
 * each protocol names it, applies scripted throttling, denials and latency, writes faults in each
 * protocol's error shape and logs every call; per-service handlers (beside this file) answer over a fake
 * account model.
 */
export class AwsStandIn {
  readonly calls: CallRecord[] = [];
  private readonly handlers = new Map<string, ServiceHandler>();
  private readonly identities = new Map<string, Identity>();
  private readonly throttles = new Map<string, number>();
  private readonly denials: Denial[] = [];
  private server: Server | undefined;
  private requestSeq = 0;
  private latencyMs: number;

  constructor(options: StandInOptions = {}) {
    this.latencyMs = options.latencyMs ?? 0;
  }

  /** Adds (or replaces) the handler of one service. */
  register(...handlers: readonly ServiceHandler[]): this {
    for (const handler of handlers) this.handlers.set(handler.service, handler);
    return this;
  }

  /** Accepts a new access key for the given principal; what AssumeRole hands out. */
  issueCredentials(account: string, arn: string): IssuedCredentials {
    const accessKeyId = `ASIA${randomBytes(8).toString('hex').toUpperCase()}`;
    this.identities.set(accessKeyId, { accessKeyId, account, arn });
    return { accessKeyId, secretAccessKey: randomBytes(20).toString('base64'), sessionToken: randomBytes(32).toString('base64') };
  }

  /** Accepts a fixed access key (the caller's own, as the environment gives it). */
  acceptKey(accessKeyId: string, account: string, arn: string): void {
    this.identities.set(accessKeyId, { accessKeyId, account, arn });
  }

  /** The next `times` calls of the operation (any service) answer with the protocol's throttling error. */
  throttle(operation: string, times: number): void {
    this.throttles.set(operation, (this.throttles.get(operation) ?? 0) + times);
  }

  /** Calls of the action (optionally only in one account or Region) are denied. */
  deny(denial: Denial): void {
    this.denials.push(denial);
  }

  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | null | undefined;
    if (address === undefined || address === null) throw new Error('the stand-in is not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  /** Calls so far by `service:operation`, sorted by name. */
  callCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const call of [...this.calls].sort((a, b) => `${a.service}:${a.operation}`.localeCompare(`${b.service}:${b.operation}`))) {
      const key = `${call.service}:${call.operation}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }

  async start(): Promise<this> {
    const server = createServer((request, response) => {
      this.answer(request, response).catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
    });
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server === undefined) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /**
   * The standard SDK environment that points every client here: endpoint, Region and the caller's
   * access key (accepted as `account`, `arn`).
   */
  environment(account: string, arn = `arn:aws:iam::${account}:user/scanner`, region = ANY_REGION): Record<string, string> {
    const accessKeyId = `AKIA${account}STANDIN`;
    this.acceptKey(accessKeyId, account, arn);
    return {
      AWS_ENDPOINT_URL: this.url,
      AWS_ACCESS_KEY_ID: accessKeyId,
      AWS_SECRET_ACCESS_KEY: 'stand-in-secret',
      AWS_REGION: region,
    };
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const scope = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(request.headers.authorization ?? '');
    const parsed: StandInRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: Buffer.concat(chunks),
      accessKeyId: scope?.[1] ?? '',
      region: scope?.[2] ?? '',
      signingName: scope?.[3] ?? '',
    };
    const requestId = `stand-in-${(this.requestSeq += 1)}`;
    const key = parsed.signingName === 's3' && parsed.path.startsWith('/v20180820/') ? 's3-control' : parsed.signingName;
    const handler = this.handlers.get(key);
    let operation = 'Unknown';
    let reply: WireReply;
    let error: string | undefined;
    let account = '';
    if (this.latencyMs > 0) await sleep(this.latencyMs);
    if (handler === undefined) {
      reply = { status: 404, headers: { 'content-type': 'text/plain' }, body: `the stand-in has no handler for ${key || 'unsigned requests'}` };
      error = 'NoHandler';
    } else {
      const form = handler.protocol === 'query' || handler.protocol === 'ec2-query' ? new URLSearchParams(parsed.body.toString('utf8')) : new URLSearchParams();
      try {
        operation = operationOf(handler, parsed, form);
        const identity = this.identities.get(parsed.accessKeyId);
        account = identity?.account ?? '';
        if (identity === undefined) {
          throw handler.protocol === 'ec2-query'
            ? new AwsFault('AuthFailure', 'AWS was not able to validate the provided access credentials', 401)
            : new AwsFault('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
        }
        const pending = this.throttles.get(operation) ?? 0;
        if (pending > 0) {
          this.throttles.set(operation, pending - 1);
          throw throttlingFault(handler.protocol);
        }
        const action = handler.action?.(operation) ?? `${handler.service}:${operation}`;
        if (this.denials.some((d) => d.action === action && (d.account ?? identity.account) === identity.account && (d.region ?? parsed.region) === parsed.region)) {
          throw new AwsFault(
            accessDeniedCode(handler.protocol, handler.service),
            `User: ${identity.arn} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`,
            handler.protocol === 'json' ? 400 : 403,
          );
        }
        const input = handler.protocol === 'json' || handler.protocol === 'rest-json' ? parseJson(parsed.body) : Object.fromEntries(form);
        const result = await handler.handle({ operation, region: parsed.region, identity, input, form, request: parsed });
        reply = render(handler.protocol, operation, result, requestId);
      } catch (caught) {
        if (!(caught instanceof AwsFault)) throw caught;
        reply = faultReply(handler.protocol, caught, requestId);
        error = caught.code;
      }
    }
    response.writeHead(reply.status, { ...reply.headers, 'content-length': String(Buffer.byteLength(reply.body)) });
    response.end(reply.body);
    this.calls.push({
      service: handler?.service ?? key,
      operation,
      account,
      region: parsed.region,
      status: reply.status,
      ms: performance.now() - started,
      ...(error === undefined ? {} : { error }),
    });
  }
}

function operationOf(handler: ServiceHandler, request: StandInRequest, form: URLSearchParams): string {
  switch (handler.protocol) {
    case 'json': {
      const target = request.headers['x-amz-target'];
      const name = typeof target === 'string' ? target.slice(target.lastIndexOf('.') + 1) : '';
      if (name === '') throw new AwsFault('UnknownOperationException', 'missing X-Amz-Target');
      return name;
    }
    case 'query':
    case 'ec2-query': {
      const action = form.get('Action');
      if (action === null) throw new AwsFault('MissingAction', 'missing Action');
      return action;
    }
    case 'rest-xml':
    case 'rest-json':
      if (handler.operation === undefined) throw new Error(`${handler.service}: a REST handler must say which operation a request calls`);
      return handler.operation(request);
  }
}

function parseJson(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new AwsFault('SerializationException', 'the request body is not JSON');
  }
}

function render(protocol: Protocol, operation: string, result: HandlerResult, requestId: string): WireReply {
  if ('raw' in result) return result.raw;
  if ('json' in result) {
    const type = protocol === 'json' ? 'application/x-amz-json-1.1' : 'application/json';
    return { status: 200, headers: { 'content-type': type, 'x-amzn-requestid': requestId }, body: JSON.stringify(result.json) };
  }
  if (protocol === 'ec2-query') {
    const ns = `http://ec2.amazonaws.com/doc/${QUERY_VERSIONS['ec2']}/`;
    return {
      status: 200,
      headers: { 'content-type': 'text/xml;charset=UTF-8' },
      body: `<?xml version="1.0" encoding="UTF-8"?>\n<${operation}Response xmlns="${ns}"><requestId>${requestId}</requestId>${xmlElements(result.xml)}</${operation}Response>`,
    };
  }
  return {
    status: 200,
    headers: { 'content-type': 'text/xml' },
    body:
      `<${operation}Response><${operation}Result>${xmlElements(result.xml)}</${operation}Result>` +
      `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`,
  };
}
