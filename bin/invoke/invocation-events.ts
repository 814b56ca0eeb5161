import type { ConfigurationItem, RuleDefinition } from '../../rule-kit';
import { changeEvent, type EventOptions, oversizedEvent, scheduledEvent, TEST_MODE_RESULT_TOKEN } from '../../rule-kit/testing';

/** What `config-rules invoke` was asked to send the handler. */
export type InvocationInput =
  | { readonly kind: 'item'; readonly items: readonly ConfigurationItem[]; readonly oversized: boolean }
  | { readonly kind: 'event'; readonly event: unknown; readonly items: readonly ConfigurationItem[] }
  | { readonly kind: 'periodic'; readonly items: readonly ConfigurationItem[] };

/**
 * The Lambda events Config would send: a change (or oversized change) notification per item for a
 * change-triggered rule, one scheduled notification otherwise. The result token is always TESTMODE, so
 * even a live PutEvaluations stores nothing.
 */
export function invocationEvents(rule: RuleDefinition, input: InvocationInput, ruleParameters: Readonly<Record<string, string>>): unknown[] {
  const options: EventOptions = {
    ruleName: rule.id,
    resultToken: TEST_MODE_RESULT_TOKEN,
    ...(Object.keys(ruleParameters).length === 0 ? {} : { ruleParameters }),
  };
  switch (input.kind) {
    case 'event':
      return [input.event];
    case 'periodic':
      return [scheduledEvent(options)];
    case 'item':
      if (!rule.triggers.includes('change')) return [scheduledEvent(options)];
      return input.items.map((item) => (input.oversized ? oversizedEvent(item, options) : changeEvent(item, options)));
  }
}
