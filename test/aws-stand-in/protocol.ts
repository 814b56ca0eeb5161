/**
 * The wire protocols AWS services speak, as far as the stand-in needs them: how a request names its
 * operation and how an answer or an error is written. Shapes follow the Smithy protocol specifications
 * (awsJson1_1, awsQuery, ec2Query, restXml, restJson1) the SDK v3 clients are generated from.
 */
export type Protocol = 'json' | 'query' | 'ec2-query' | 'rest-xml' | 'rest-json';

/** An AWS error the handler raises; the core writes it in the service's protocol. */
export class AwsFault extends Error {
  override readonly name = 'AwsFault';
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** The error code AWS uses for a denied request in each protocol (EC2 has its own). */
export function accessDeniedCode(protocol: Protocol, service: string): string {
  if (protocol === 'ec2-query') return 'UnauthorizedOperation';
  if (protocol === 'json' || protocol === 'rest-json') return 'AccessDeniedException';
  if (service === 'iam' || service === 'sts' || protocol === 'rest-xml') return 'AccessDenied';
  return 'AccessDenied';
}

/** The throttling answer of each protocol, as the services send it. */
export function throttlingFault(protocol: Protocol): AwsFault {
  switch (protocol) {
    case 'json':
      return new AwsFault('ThrottlingException', 'Rate exceeded', 400);
    case 'query':
      return new AwsFault('Throttling', 'Rate exceeded', 400);
    case 'ec2-query':
      return new AwsFault('RequestLimitExceeded', 'Request limit exceeded.', 503);
    case 'rest-xml':
      return new AwsFault('SlowDown', 'Please reduce your request rate.', 503);
    case 'rest-json':
      return new AwsFault('TooManyRequestsException', 'Rate exceeded', 429);
  }
}

export interface WireReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer | string;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}

/** Writes a fault the way the service would. */
export function faultReply(protocol: Protocol, fault: AwsFault, requestId: string): WireReply {
  const code = escapeXml(fault.code);
  const message = escapeXml(fault.message);
  switch (protocol) {
    case 'json':
    case 'rest-json':
      return {
        status: fault.status,
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': fault.code, 'x-amzn-requestid': requestId },
        body: JSON.stringify({ __type: fault.code, message: fault.message }),
      };
    case 'query':
      return {
        status: fault.status,
        headers: { 'content-type': 'text/xml' },
        body:
          `<ErrorResponse><Error><Type>${fault.status >= 500 ? 'Receiver' : 'Sender'}</Type><Code>${code}</Code>` +
          `<Message>${message}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
      };
    case 'ec2-query':
      return {
        status: fault.status,
        headers: { 'content-type': 'text/xml;charset=UTF-8' },
        body: `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`,
      };
    case 'rest-xml':
      return {
        status: fault.status,
        headers: { 'content-type': 'application/xml', 'x-amz-request-id': requestId },
        body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>${requestId}</RequestId></Error>`,
      };
  }
}
