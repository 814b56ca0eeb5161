import type { FakeCloud } from './fake-cloud';
import { AwsFault } from './protocol';
import type { AwsStandIn, ServiceHandler } from './stand-in';

/**
 * STS (awsQuery): who the caller is, and AssumeRole into the fake accounts' roles. A role the account
 * does not have answers AccessDenied, as a role whose trust policy does not name the caller does.
 */
export function stsHandler(cloud: FakeCloud, standIn: AwsStandIn): ServiceHandler {
  return {
    service: 'sts',
    protocol: 'query',
    handle: (call) => {
      switch (call.operation) {
        case 'GetCallerIdentity':
          return { xml: { Arn: call.identity.arn, UserId: call.identity.accessKeyId, Account: call.identity.account } };
        case 'AssumeRole': {
          const roleArn = call.form.get('RoleArn') ?? '';
          const session = call.form.get('RoleSessionName') ?? '';
          const match = /^arn:[\w-]+:iam::(\d{12}):role\/(.+)$/.exec(roleArn);
          const account = match === null ? undefined : cloud.accounts.get(match[1] ?? '');
          const roleName = match?.[2] ?? '';
          if (account === undefined || !account.roles.has(roleName)) {
            throw new AwsFault('AccessDenied', `User: ${call.identity.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`, 403);
          }
          const arn = `arn:${cloud.partition}:sts::${account.id}:assumed-role/${roleName.split('/').pop() ?? roleName}/${session}`;
          const issued = standIn.issueCredentials(account.id, arn);
          const seconds = Number(call.form.get('DurationSeconds') ?? '3600');
          return {
            xml: {
              Credentials: {
                AccessKeyId: issued.accessKeyId,
                SecretAccessKey: issued.secretAccessKey,
                SessionToken: issued.sessionToken,
                Expiration: new Date(Date.now() + seconds * 1000),
              },
              AssumedRoleUser: { AssumedRoleId: `AROA${account.id}:${session}`, Arn: arn },
            },
          };
        }
        default:
          throw new AwsFault('InvalidAction', `the stand-in does not implement sts:${call.operation}`);
      }
    },
  };
}
