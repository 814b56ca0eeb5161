// The testing face: fixtures, verdicts as the kit computes them, events as Config sends them, a fake
// Config service, and fast-check arbitraries. Only `expectVerdict` needs Jest's global `expect`.
export { FixtureFileError } from './fixture-file-error';
export { loadItem, loadItems } from './load-items';
export { evaluateWith } from './evaluate-with';
export { expectVerdict } from './expect-verdict';
export type { ExpectedVerdict } from './expect-verdict';
export { toApiItem } from './to-api-item';
export { evaluateItem, evaluatePrepared, notApplicableReason } from '../evaluate/evaluate-item';
export type { EvaluateItemOptions } from '../evaluate/evaluate-item';
export { prepareRule, withParams } from '../evaluate/prepare-rule';
export type { PreparedRule } from '../evaluate/prepare-rule';
export { resolveParameters } from '../evaluate/resolve-parameters';
export { parseParameters } from '../parameters';
export { fromApiItem, normaliseItem } from '../items';
export {
  changeEvent,
  configRuleIdFor,
  DEFAULT_ACCOUNT_ID,
  DEFAULT_REGION,
  DEFAULT_RULE_NAME,
  DEFAULT_SCHEDULED_TIME,
  deletedEvent,
  deletedItem,
  leftScopeEvent,
  oversizedEvent,
  SAMPLE_RESULT_TOKEN,
  scheduledEvent,
  summaryOf,
  TEST_MODE_RESULT_TOKEN,
} from './events';
export type { ChangeType, EventOptions } from './events';
export { recordingConfigClient, toEvaluationResult, UnfakedCommandError } from './config-client';
export type { PreviousEvaluation, RecordingConfigClient, RecordingConfigClientOptions } from './config-client';
export {
  arbAccountId,
  arbApiShape,
  arbConfigurationItem,
  arbEc2Id,
  arbIpv4Cidr,
  arbIpv6Cidr,
  arbIsoTime,
  arbJsonObject,
  arbRegion,
  arbSecurityGroupItem,
  arbTags,
  hasInternetWideRange,
  IP_PROTOCOLS,
  isInternetWide,
  REGIONS,
  STATUSES_WITHOUT_CONFIGURATION,
} from './arbitraries';
export type { CidrOptions, InternetWide, IpPermission, IpProtocol, ItemWithApiShape, SecurityGroupItemOptions } from './arbitraries';
