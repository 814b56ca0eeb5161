import { describeActor, toChangeEvent } from '../../alerts';
import { changeEventsOf } from './fixtures';

function actorOf(fixtureName: string) {
  const [event] = changeEventsOf(fixtureName);
  const change = event === undefined ? undefined : toChangeEvent(event);
  if (change === undefined) throw new Error(`${fixtureName} holds no readable event`);
  return change.actor;
}

describe('describeActor', () => {
  it('names the role and the person behind an IAM Identity Center session', () => {
    const actor = actorOf('lookup-assumed-role-sso.json');
    expect(actor.type).toBe('AssumedRole');
    expect(actor.sessionName).toBe('alice@example.com');
    expect(actor.roleArn).toMatch(/:role\/aws-reserved\/sso\.amazonaws\.com\/.+AWSReservedSSO_AdministratorAccess/);
    expect(actor.summary).toBe('role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_AdministratorAccess_0123456789abcdef, session alice@example.com');
    expect(actor.mfaAuthenticated).toBe(false);
  });

  it('names an IAM user by user name', () => {
    const actor = actorOf('lookup-iam-user.json');
    expect(actor.summary).toBe('IAM user deploy-bot');
    expect(actor.arn).toBe('arn:aws:iam::123456789012:user/deploy-bot');
    expect(actor.accessKeyId).toBe('AKIAEXAMPLEKEY000002');
  });

  it('says the root user acted, with MFA as recorded', () => {
    const actor = actorOf('lookup-root.json');
    expect(actor.summary).toBe('the root user (arn:aws:iam::123456789012:root)');
    expect(actor.mfaAuthenticated).toBe(true);
  });

  it('names the AWS service that called on its own', () => {
    const actor = actorOf('lookup-aws-service.json');
    expect(actor).toMatchObject({ type: 'AWSService', invokedBy: 'cloudformation.amazonaws.com', summary: 'the AWS service cloudformation.amazonaws.com' });
    expect(actor.arn).toBeUndefined();
  });

  it('names a federated user and the web identity provider of a session', () => {
    expect(describeActor({ type: 'FederatedUser', arn: 'arn:aws:sts::123456789012:federated-user/carol', userName: 'carol' }).summary).toBe('federated user carol');
    const web = describeActor({
      type: 'AssumedRole',
      arn: 'arn:aws:sts::123456789012:assumed-role/GitHubDeploy/GitHubActions',
      sessionContext: {
        sessionIssuer: { type: 'Role', arn: 'arn:aws:iam::123456789012:role/GitHubDeploy' },
        webIdFederationData: { federatedProvider: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
      },
    });
    expect(web.summary).toBe('role/GitHubDeploy, session GitHubActions via arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com');
  });

  it('says Unknown for an identity it cannot read, never throws', () => {
    for (const value of [undefined, null, 42, 'x', [], { type: 7 }]) {
      expect(describeActor(value).type).toBe('Unknown');
    }
  });
});
