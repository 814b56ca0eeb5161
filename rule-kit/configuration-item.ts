/**
 * The one configuration-item model the kit evaluates: the shape AWS Config puts in a
 * ConfigurationItemChangeNotification (configurationItemVersion "1.3"). Items from the API
 * (GetResourceConfigHistory, BatchGetResourceConfig) and from snapshot/history files in S3 are
 * normalised to this shape before any rule sees them.
 */

/** A CloudFormation-style resource type, as Config spells it: `AWS::EC2::SecurityGroup`, `AWS::::Account`. */
export type ResourceType = `AWS::${string}::${string}`;

/**
 * How a `ResourceType` is spelled: `AWS::`, a service (empty for the account pseudo-type
 * `AWS::::Account`), `::` and a resource. Checked in rule definitions and in every item read.
 *
 * @example
 * RESOURCE_TYPE_PATTERN.test('AWS::EC2::SecurityGroup'); // true
 */
export const RESOURCE_TYPE_PATTERN = /^AWS::[A-Za-z0-9]*::[A-Za-z0-9]+$/;

/** `configurationItemStatus` as Config records it. */
export type ConfigurationItemStatus =
  | 'OK'
  | 'ResourceDiscovered'
  | 'ResourceNotRecorded'
  | 'ResourceDeleted'
  | 'ResourceDeletedNotRecorded';

export const CONFIGURATION_ITEM_STATUSES: readonly ConfigurationItemStatus[] = [
  'OK',
  'ResourceDiscovered',
  'ResourceNotRecorded',
  'ResourceDeleted',
  'ResourceDeletedNotRecorded',
];

export interface Relationship {
  readonly resourceId?: string;
  readonly resourceName?: string;
  readonly resourceType: string;
  /** `relationshipName` in the API shape. */
  readonly name: string;
}

export interface ConfigurationItem {
  readonly configurationItemVersion?: string;
  /** ISO-8601; the OrderingTimestamp of a change-triggered evaluation. */
  readonly configurationItemCaptureTime: string;
  readonly configurationItemStatus: ConfigurationItemStatus;
  readonly configurationStateId?: string;
  readonly configurationStateMd5Hash?: string;
  readonly awsAccountId: string;
  readonly awsRegion: string;
  readonly ARN?: string;
  readonly availabilityZone?: string;
  readonly resourceType: ResourceType;
  readonly resourceId: string;
  readonly resourceName?: string;
  readonly resourceCreationTime?: string;
  readonly tags?: Readonly<Record<string, string>>;
  readonly relatedEvents?: readonly string[];
  readonly relationships?: readonly Relationship[];
  /** Parsed JSON (never a string once normalised); `null` for deleted or not-recorded resources. */
  readonly configuration: unknown;
  /**
   * Parsed where the source held a JSON string for the whole value. Config itself stores some values
   * as JSON strings even in notifications (S3's PublicAccessBlockConfiguration, for one): rules read
   * them through `jsonField` so both forms work.
   */
  readonly supplementaryConfiguration?: Readonly<Record<string, unknown>>;
}

/** The identity of an evaluated resource: what PutEvaluations keys on. */
export interface ResourceKey {
  readonly resourceType: string;
  readonly resourceId: string;
}
