import type { FakeCloud } from './fake-cloud';
import { AwsFault } from './protocol';
import type { ServiceHandler } from './stand-in';
import { xmlList } from './xml';

/** IAM (awsQuery): the account summary the root-credential and IAM-use collectors read. */
export function iamHandler(cloud: FakeCloud): ServiceHandler {
  return {
    service: 'iam',
    protocol: 'query',
    handle: (call) => {
      if (call.operation !== 'GetAccountSummary') throw new AwsFault('InvalidAction', `the stand-in does not implement iam:${call.operation}`);
      const summary = cloud.account(call.identity.account).accountSummary;
      return { xml: { SummaryMap: xmlList('entry', Object.entries(summary).map(([key, value]) => ({ key, value }))) } };
    },
  };
}
