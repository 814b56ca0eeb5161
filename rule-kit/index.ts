// The authoring face: what a rule module needs, and nothing that loads the AWS SDK (a test holds it to
// that). The Lambda adapter is `rule-kit/lambda`, the offline scanner `rule-kit/scanner`, test helpers
// `rule-kit/testing`.
export { defineRule } from './define-rule';
export type {
  ClientConstructor,
  Collector,
  CollectorContext,
  EvaluationContext,
  Evaluator,
  RelatedItems,
  RelatedResource,
  RuleDefinition,
  TriggerKind,
} from './define-rule';
export { CONFIGURATION_ITEM_STATUSES, RESOURCE_TYPE_PATTERN } from './configuration-item';
export type { ConfigurationItem, ConfigurationItemStatus, Relationship, ResourceKey, ResourceType } from './configuration-item';
export { SEVERITIES } from './severity';
export type { Severity } from './severity';
export { COMPLIANCE_TYPES, compliant, nonCompliant, notApplicable } from './compliance';
export type { ComplianceType, Verdict } from './compliance';
export { param } from './parameters';
export type { AnyParameterSpec, ParameterKind, ParameterSpec, ParameterSpecs, ParameterValues, PortRange, RawParameters, Spec } from './parameters';
export { InvalidParameterError, MalformedConfigurationItemError, RuleDefinitionError, RuleKitError } from './errors';
export {
  configurationOf,
  isRecord,
  jsonField,
  optionalArray,
  requireArray,
  requireBoolean,
  requireNumber,
  requireRecord,
  requireString,
} from './read-field';
export type { JsonRecord } from './read-field';
export {
  addressBits,
  ALL_PORTS,
  coversAddressSpace,
  describeExposedTraffic,
  describeExposure,
  describeSources,
  formatIpProtocol,
  formatPortRange,
  internetExposures,
  InvalidCidrError,
  IP_FAMILIES,
  isWholeAddressSpace,
  MAX_PORT,
  maxAddress,
  mergeAddressIntervals,
  MIN_PORT,
  parseCidr,
  parseIpProtocol,
  portRangeContains,
  portRangesOverlap,
  readIngressPermissions,
  uncoveredPortRanges,
} from './network';
export type { AddressInterval, Cidr, IcmpSelector, IngressPermission, IngressSources, InternetExposure, IpFamily, IpProtocol } from './network';
export {
  ACCOUNT_PUBLIC_ACCESS_BLOCK_PERMISSIONS,
  ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE,
  ACCOUNT_RESOURCE_TYPE,
  ACCOUNT_SUMMARY_PERMISSIONS,
  accountItem,
  accountPublicAccessBlockItem,
  callAws,
  CollectorAccessDeniedError,
  isServiceUnavailableInRegion,
  accountSummaryCollector,
  collectedItem,
  lazyCollector,
  missingSummaryKey,
  NO_PUBLIC_ACCESS_BLOCK_MARKER,
  PUBLIC_ACCESS_BLOCK_SETTINGS,
  readAccountPublicAccessBlockItem,
  readAccountSummary,
  readServiceQuota,
  rootUserArn,
  SERVICE_QUOTA_PERMISSIONS,
  ServiceQuotaValueMissingError,
  UnexpectedResponseError,
} from './collectors';
export type { AccountSummaryKey, AccountSummaryReader, CollectedFacts, PublicAccessBlockSettingName, QuotaValue, QuotaValueSource } from './collectors';
export { partitionOf } from './aws/partition';
export type { Partition } from './aws/partition';
