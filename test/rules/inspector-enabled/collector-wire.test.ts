import type { BatchGetAccountStatusResponse } from '@aws-sdk/client-inspector2';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/inspector-enabled';
import { collectInspectorStatus } from '../../../rules/inspector-enabled/collector';
import { collectAll } from '../../rule-kit/collectors/collector-context';
import { scriptedCollectorContext, scriptedHttpHandler } from '../../rule-kit/collectors/scripted-http-handler';

// The real Inspector2Client end to end (no aws-sdk-client-mock in this file): restJson1 serialisation,
// the SDK's retry strategy and error deserialisation, answered by a scripted HTTP handler.
const enabled = { status: 'ENABLED' as const, errorCode: undefined, errorMessage: undefined };
const response = (accountId: string): BatchGetAccountStatusResponse => ({
  accounts: [{ accountId, state: enabled, resourceState: { ec2: enabled, ecr: enabled, lambda: enabled } }],
  failedAccounts: [],
});
const evaluate = (item: ConfigurationItem) => evaluateItem(rule, item, parseParameters(rule.parameters, {}));

describe('inspector-enabled collector through the real SDK client (scripted HTTP)', () => {
  const ok = { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(response('123456789012')) };
  const throttled = {
    status: 429,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'ThrottlingException' },
    body: JSON.stringify({ message: 'Rate exceeded' }),
  };

  it('retries ThrottlingException with the SDK\'s backoff, then yields the answer', async () => {
    const { handler, requests } = scriptedHttpHandler([throttled, ok]);
    const [item] = await collectAll(collectInspectorStatus(scriptedCollectorContext(handler)));
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ method: 'POST', hostname: 'inspector2.eu-west-1.amazonaws.com', path: '/status/batch/get' });
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({ accountIds: ['123456789012'] });
    expect(evaluate(item as ConfigurationItem).compliance).toBe('COMPLIANT');
  }, 20_000);

  it('fails, reporting nothing, when throttling outlasts the SDK\'s retries', async () => {
    const { handler, requests } = scriptedHttpHandler([throttled, throttled, throttled, throttled]);
    await expect(collectAll(collectInspectorStatus(scriptedCollectorContext(handler)))).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(requests.length).toBeGreaterThanOrEqual(3);
  }, 30_000);

  it('names the action for a wire-level AccessDeniedException', async () => {
    const denied = { status: 403, headers: { 'x-amzn-errortype': 'AccessDeniedException' }, body: JSON.stringify({ message: 'User is not authorized' }) };
    const { handler } = scriptedHttpHandler([denied]);
    await expect(collectAll(collectInspectorStatus(scriptedCollectorContext(handler)))).rejects.toMatchObject({
      name: 'CollectorAccessDeniedError',
      message: expect.stringContaining('inspector2:BatchGetAccountStatus'),
    });
  });

  it('yields NOT_APPLICABLE, with the reason, where Inspector has no endpoint in the Region', async () => {
    const { handler } = scriptedHttpHandler([{ networkError: 'ENOTFOUND' }, { networkError: 'ENOTFOUND' }, { networkError: 'ENOTFOUND' }]);
    const ctx = scriptedCollectorContext(handler, { region: 'ap-southeast-6' });
    const [item] = await collectAll(collectInspectorStatus(ctx));
    expect(item?.configuration).toEqual({ Inspector2: { Unavailable: { Region: 'ap-southeast-6', Reason: 'Amazon Inspector has no endpoint in ap-southeast-6' } } });
    expect(evaluate(item as ConfigurationItem)).toEqual({ compliance: 'NOT_APPLICABLE', annotation: 'Amazon Inspector has no endpoint in ap-southeast-6.' });
  }, 20_000);
});
