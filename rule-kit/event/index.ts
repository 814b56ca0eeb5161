export type * from './config-rule-event';
export { parseEvent, parseRuleParameters } from './parse-event';
