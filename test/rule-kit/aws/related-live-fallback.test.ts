import { compliant, defineRule, RuleDefinitionError, type ConfigurationItem, type RelatedResource } from '../../../rule-kit';
import { RelatedResourceUnreadableError } from '../../../rule-kit/lambda';
import { withLiveFallbacks } from '../../../rule-kit/aws/related-live-fallback';
import { testCollectorContext } from '../collectors/collector-context';

const item = (resourceType: ConfigurationItem['resourceType'], resourceId: string): ConfigurationItem => ({
  configurationItemVersion: '1.3',
  configurationItemCaptureTime: '2026-03-04T10:15:22.481Z',
  configurationItemStatus: 'OK',
  awsAccountId: '111122223333',
  awsRegion: 'eu-west-1',
  resourceType,
  resourceId,
  configuration: {},
});
const bucket = item('AWS::S3::Bucket', 'unit-bucket');
// Told apart by resource id only: what each path returned.
const block = (id: string) => item('AWS::S3::AccountPublicAccessBlock', id);

function spec(read: RelatedResource['liveFallback'] | undefined): RelatedResource {
  return { resourceType: 'AWS::S3::AccountPublicAccessBlock', resourceId: (item) => item.awsAccountId, ...(read === undefined ? {} : { liveFallback: read }) };
}

describe('withLiveFallbacks', () => {
  const ctx = testCollectorContext({ accountId: '111122223333' });

  it('keeps what Config found and never reads live for it', async () => {
    const read = jest.fn(async () => block('live'));
    const found = { block: block('recorded') };
    expect(await withLiveFallbacks({ block: spec({ permissions: ['s3:GetAccountPublicAccessBlock'], read }) }, bucket, found, ctx)).toEqual(found);
    expect(read).not.toHaveBeenCalled();
  });

  it('reads live, by the declared key, what Config lacks', async () => {
    const read = jest.fn(async () => block('live'));
    const related = await withLiveFallbacks({ block: spec({ permissions: ['s3:GetAccountPublicAccessBlock'], read }) }, bucket, { block: undefined }, ctx);
    expect(related).toEqual({ block: block('live') });
    expect(read).toHaveBeenCalledWith(ctx, { resourceType: 'AWS::S3::AccountPublicAccessBlock', resourceId: '111122223333' });
  });

  it('leaves a resource without a fallback absent', async () => {
    expect(await withLiveFallbacks({ block: spec(undefined) }, bucket, { block: undefined }, ctx)).toEqual({ block: undefined });
  });

  it('turns a failed read into RelatedResourceUnreadableError naming the actions, with the cause', async () => {
    const denied = Object.assign(new Error('User is not authorized'), { name: 'AccessDenied' });
    const failing = withLiveFallbacks({ block: spec({ permissions: ['s3:GetAccountPublicAccessBlock'], read: () => Promise.reject(denied) }) }, bucket, {}, ctx);
    await expect(failing).rejects.toMatchObject({
      name: 'RelatedResourceUnreadableError',
      code: 'RelatedResourceUnreadable',
      resourceType: 'AWS::S3::AccountPublicAccessBlock',
      resourceId: '111122223333',
      actions: ['s3:GetAccountPublicAccessBlock'],
      cause: denied,
    });
    await expect(failing).rejects.toThrow(RelatedResourceUnreadableError);
    await expect(failing).rejects.toThrow('reading it live (s3:GetAccountPublicAccessBlock) failed: AccessDenied (User is not authorized)');
  });
});

describe('defineRule and live fallbacks', () => {
  it('refuses a fallback whose IAM action the rule does not list in permissions, so templates cannot miss it', () => {
    const define = (permissions: string[]) =>
      defineRule({
        id: 'fallback-permission',
        description: 'A rule with a live fallback.',
        resourceTypes: ['AWS::S3::Bucket'],
        triggers: ['change'],
        parameters: {},
        related: { block: spec({ permissions: ['s3:GetAccountPublicAccessBlock'], read: async () => block('live') }) },
        permissions,
        evaluate: () => compliant(),
      });
    expect(() => define([])).toThrow(RuleDefinitionError);
    expect(() => define(['s3:GetAccountPublicAccessBlock'])).not.toThrow();
  });
});
