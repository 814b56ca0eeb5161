import type { FakeCloud } from './fake-cloud';
import { AwsFault } from './protocol';
import type { ServiceHandler } from './stand-in';
import { xmlElements } from './xml';

/** S3 Control (restXml): the account-level public access block. Its IAM action is s3:GetAccountPublicAccessBlock. */
export function s3ControlHandler(cloud: FakeCloud): ServiceHandler {
  return {
    service: 's3-control',
    protocol: 'rest-xml',
    operation: (request) => (request.method === 'GET' && request.path === '/v20180820/configuration/publicAccessBlock' ? 'GetPublicAccessBlock' : 'Unknown'),
    action: (operation) => (operation === 'GetPublicAccessBlock' ? 's3:GetAccountPublicAccessBlock' : `s3:${operation}`),
    handle: (call) => {
      if (call.operation !== 'GetPublicAccessBlock') throw new AwsFault('NotImplemented', `the stand-in does not implement s3-control ${call.request.path}`, 501);
      const block = cloud.account(call.identity.account).accountBlock;
      if (block === undefined) throw new AwsFault('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', 404);
      return {
        raw: {
          status: 200,
          headers: { 'content-type': 'application/xml' },
          body: `<?xml version="1.0" encoding="UTF-8"?>\n<PublicAccessBlockConfiguration>${xmlElements({ ...block })}</PublicAccessBlockConfiguration>`,
        },
      };
    },
  };
}
