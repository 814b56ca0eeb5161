import type { FakeCloud } from './fake-cloud';
import { page } from './paging';
import { AwsFault } from './protocol';
import type { ServiceHandler } from './stand-in';

const LIST_MAX = 20;

/** Organizations (awsJson1_1): every fake account is a member, in its state; pages of at most 20 as AWS pages them. */
export function organizationsHandler(cloud: FakeCloud): ServiceHandler {
  return {
    service: 'organizations',
    protocol: 'json',
    handle: (call) => {
      if (call.operation !== 'ListAccounts') throw new AwsFault('UnknownOperationException', `the stand-in does not implement organizations:${call.operation}`);
      const accounts = [...cloud.accounts.values()];
      const { items, next } = page(accounts, call.input['NextToken'], call.input['MaxResults'], LIST_MAX);
      return {
        json: {
          Accounts: items.map((account) => ({
            Id: account.id,
            Arn: `arn:${cloud.partition}:organizations::${call.identity.account}:account/o-standin/${account.id}`,
            Email: `${account.id}@example.com`,
            Name: `account-${account.id}`,
            State: account.state,
            JoinedMethod: 'CREATED',
            JoinedTimestamp: 1_700_000_000,
          })),
          ...(next === undefined ? {} : { NextToken: next }),
        },
      };
    },
  };
}
