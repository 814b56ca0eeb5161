export { changeEvent, deletedEvent, deletedItem, leftScopeEvent } from './change-event';
export { oversizedEvent, summaryOf } from './oversized-event';
export type { ChangeType } from './oversized-event';
export { scheduledEvent } from './scheduled-event';
export { configRuleIdFor, DEFAULT_ACCOUNT_ID, DEFAULT_REGION, DEFAULT_RULE_NAME, DEFAULT_SCHEDULED_TIME } from './event-options';
export type { EventOptions } from './event-options';
export { SAMPLE_RESULT_TOKEN, TEST_MODE_RESULT_TOKEN } from './result-token';
