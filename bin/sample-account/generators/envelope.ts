/**
 * The fields every configuration item carries, as AWS Config writes items into a snapshot file in S3
 * (configurationItemVersion "1.3"; the same fields as a ConfigurationItemChangeNotification). Source:
 * AWS Config developer guide, "Example Configuration Snapshot" and "Example Events for AWS Config Rules".
 */
export interface AccountContext {
  readonly accountId: string;
  readonly region: string;
  /** ISO-8601 capture time of the snapshot's items. */
  readonly captureTime: string;
}

export type RawItem = Record<string, unknown>;

export interface EnvelopeFields {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly resourceName?: string;
  readonly arn?: string;
  readonly availabilityZone?: string;
  readonly resourceCreationTime?: string;
  readonly tags?: Readonly<Record<string, string>>;
  readonly relationships?: readonly unknown[];
  readonly configuration: unknown;
  readonly supplementaryConfiguration?: Readonly<Record<string, unknown>>;
  readonly status?: 'OK' | 'ResourceDeleted' | 'ResourceDiscovered';
  /** Collected types (not recorded by Config) carry no state id or hash. */
  readonly collected?: boolean;
}

let stateCounter = 0;

export function envelope(account: AccountContext, fields: EnvelopeFields): RawItem {
  const deleted = fields.status === 'ResourceDeleted';
  stateCounter += 1;
  const capture = Date.parse(account.captureTime);
  return {
    relatedEvents: [],
    relationships: deleted ? [] : (fields.relationships ?? []),
    configuration: deleted ? null : fields.configuration,
    supplementaryConfiguration: deleted ? {} : (fields.supplementaryConfiguration ?? {}),
    tags: deleted ? {} : (fields.tags ?? {}),
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: account.captureTime,
    ...(fields.collected === true ? {} : { configurationStateId: capture + (stateCounter % 100000) }),
    awsAccountId: account.accountId,
    configurationItemStatus: fields.status ?? 'OK',
    resourceType: fields.resourceType,
    resourceId: fields.resourceId,
    ...(fields.resourceName === undefined ? {} : { resourceName: fields.resourceName }),
    ...(fields.arn === undefined ? {} : { ARN: fields.arn }),
    awsRegion: account.region,
    availabilityZone: fields.availabilityZone ?? 'Not Applicable',
    ...(fields.collected === true ? {} : { configurationStateMd5Hash: '' }),
    ...(fields.resourceCreationTime === undefined || deleted ? {} : { resourceCreationTime: fields.resourceCreationTime }),
  };
}

/** Tags as Config's `tags` map and as the EC2 API's `Tags` / Config's `tags` list inside configuration. */
export function tagList(tags: Readonly<Record<string, string>>): { key: string; value: string }[] {
  return Object.entries(tags).map(([key, value]) => ({ key, value }));
}
