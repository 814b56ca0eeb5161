import { compliant, configurationOf, defineRule, nonCompliant, param, requireBoolean, type RuleDefinition } from '../../../rule-kit';

/** Small rules for scanner tests: the engine is generic over any list of rules. */
export const openThingRule = defineRule({
  id: 'thing-not-open',
  description: 'Test rule: a thing must not be open.',
  resourceTypes: ['AWS::Test::Thing'],
  triggers: ['change'],
  parameters: { allowOpen: param.boolean({ description: 'Accept open things.', default: false }) },
  permissions: [],
  evaluate(item, params) {
    const open = requireBoolean(item, configurationOf(item)['open'], 'configuration.open');
    return open && !params.allowOpen ? nonCompliant(`Thing ${item.resourceId} is open.`) : compliant();
  },
});

/** Needs the account's guard, as the S3 rule needs the account-level public access block. */
export const guardedThingRule = defineRule({
  id: 'thing-guarded',
  description: 'Test rule: the account guard must be on for every thing.',
  resourceTypes: ['AWS::Test::Thing'],
  triggers: ['change'],
  parameters: {},
  permissions: [],
  related: { guard: { resourceType: 'AWS::Test::Guard', resourceId: (item) => item.awsAccountId } },
  evaluate(item, _params, context) {
    const guard = context.related['guard'];
    if (guard === undefined) return nonCompliant(`No guard for ${item.resourceId}.`);
    const on = requireBoolean(guard, configurationOf(guard)['on'], 'configuration.on');
    return on ? compliant(`Guarded by ${guard.resourceId}.`) : nonCompliant('The guard is off.');
  },
});

/** Looks at the guard only for open things, as the S3 rule reads the account block only for public buckets. */
export const guardedWhenOpenRule = defineRule({
  ...guardedThingRule,
  id: 'thing-guarded-when-open',
  evaluate(item, params, context) {
    return configurationOf(item)['open'] === true ? guardedThingRule.evaluate(item, params, context) : compliant('Closed.');
  },
});

export const buggyRule = defineRule({
  id: 'buggy',
  description: 'Test rule that fails with a TypeError on things named "boom".',
  resourceTypes: ['AWS::Test::Thing'],
  triggers: ['change'],
  parameters: {},
  permissions: [],
  evaluate(item) {
    if (item.resourceName === 'boom') throw new TypeError('cannot read properties of undefined');
    return compliant();
  },
});

export const requiredParamRule = defineRule({
  id: 'needs-param',
  description: 'Test rule with a required parameter.',
  resourceTypes: ['AWS::Test::Thing'],
  triggers: ['change'],
  parameters: { limit: param.integer({ description: 'A limit.', required: true, min: 1 }) },
  permissions: [],
  evaluate: () => compliant(),
});

export const testRules: readonly RuleDefinition[] = [openThingRule, guardedThingRule];

let state = 0;
/** A configuration item in the notification / snapshot-file shape (configurationItemVersion 1.3). */
export function item(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  state += 1;
  return {
    relatedEvents: [],
    relationships: [],
    configuration: { open: false },
    supplementaryConfiguration: {},
    tags: {},
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-03-02T09:00:00.000Z',
    configurationStateId: 1772442000000 + state,
    awsAccountId: '111122223333',
    configurationItemStatus: 'OK',
    resourceType: 'AWS::Test::Thing',
    resourceId: `thing-${state}`,
    resourceName: `thing-${state}`,
    ARN: `arn:aws:test:eu-west-1:111122223333:thing/thing-${state}`,
    awsRegion: 'eu-west-1',
    availabilityZone: 'Not Applicable',
    configurationStateMd5Hash: '',
    ...overrides,
  };
}

export function snapshot(items: readonly unknown[]): string {
  return JSON.stringify({ fileVersion: '1.0', configSnapshotId: 'test-snapshot', configurationItems: items });
}
