import { SAMPLE_CAPTURE_TIME } from './placeholders';
import { nestProperties } from './nest-properties';
import type { ResourceSchema } from './resource-schema';
import { UnknownResourceTypeError } from './unknown-resource-type-error';

export interface SampleItemOptions {
  readonly resourceId?: string;
  readonly accountId?: string;
  readonly region?: string;
}

/** A ConfigurationItemChangeNotification invokingEvent, as Config sends it and as `loadItem` reads it. */
export interface SampleNotification {
  readonly _source: string;
  readonly configurationItem: Record<string, unknown>;
  readonly notificationCreationTime: string;
  readonly messageType: 'ConfigurationItemChangeNotification';
  readonly recordVersion: '1.3';
}

const DEFAULT_ACCOUNT_ID = '123456789012';
const DEFAULT_REGION = 'us-east-1';
const NOTIFICATION_TIME = new Date(Date.parse(SAMPLE_CAPTURE_TIME) + 2000).toISOString();

/** The types closest to a misspelt one: same name ignoring case, or same last part. */
export function resourceTypeSuggestions(schema: ResourceSchema, resourceType: string): string[] {
  const lower = resourceType.toLowerCase();
  const last = lower.split('::').pop() ?? lower;
  const same = schema.resourceTypes.filter((type) => type.toLowerCase() === lower);
  if (same.length > 0) return same;
  return schema.resourceTypes.filter((type) => last !== '' && type.toLowerCase().endsWith(`::${last}`)).slice(0, 5);
}

/** Throws UnknownResourceTypeError unless Config supports the type. */
export function checkResourceType(schema: ResourceSchema, resourceType: string): void {
  if (!schema.resourceTypes.includes(resourceType)) throw new UnknownResourceTypeError(resourceType, resourceTypeSuggestions(schema, resourceType));
}

/** `AWS::EC2::Volume` -> `volume`, `AWS::S3::AccessPoint` -> `access-point`. */
function kebabName(resourceType: string): string {
  const name = resourceType.split('::').pop() ?? 'resource';
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * A configuration item of `resourceType` in the notification shape (configurationItemVersion 1.3, its
 * fields in Config's order), with every configuration and supplementary configuration property the AWS
 * Config resource schema lists for the type, each a placeholder of its schema type.
 *
 * @example sampleItem(loadResourceSchema(), 'AWS::EC2::Volume').configurationItem.configuration // { encrypted: false, size: 0, ... }
 */
export function sampleItem(schema: ResourceSchema, resourceType: string, options: SampleItemOptions = {}): SampleNotification {
  checkResourceType(schema, resourceType);
  const properties = schema.properties[resourceType];
  const resourceId = options.resourceId ?? `sample-${kebabName(resourceType)}`;
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const region = options.region ?? DEFAULT_REGION;
  const service = (resourceType.split('::')[1] ?? '').toLowerCase();
  const described = properties === undefined ? 'the schema does not describe this type yet: configuration is empty' : 'values are placeholders of the schema types';
  return {
    _source:
      `config-rules sample-item ${resourceType}: ConfigurationItemChangeNotification invokingEvent, configurationItemVersion 1.3 ` +
      `(AWS Config developer guide, "Example Events for AWS Config Rules"); configuration property names and types from ` +
      `awslabs/aws-config-resource-schema ${resourceType}.properties.json (${described}; the schema flattens lists, so a list shows ` +
      `as one element; resourceId and ARN are illustrative). Replace with a recorded item: config-rules record.`,
    configurationItem: {
      relatedEvents: [],
      relationships: [],
      configuration: nestProperties(properties?.configuration ?? {}),
      supplementaryConfiguration: nestProperties(properties?.supplementaryConfiguration ?? {}),
      tags: {},
      configurationItemVersion: '1.3',
      configurationItemCaptureTime: SAMPLE_CAPTURE_TIME,
      configurationStateId: Date.parse(SAMPLE_CAPTURE_TIME),
      awsAccountId: accountId,
      configurationItemStatus: 'OK',
      resourceType,
      resourceId,
      resourceName: resourceId,
      ARN: `arn:aws:${service}:${region}:${accountId}:${kebabName(resourceType)}/${resourceId}`,
      awsRegion: region,
      availabilityZone: 'Regional',
      configurationStateMd5Hash: '',
      resourceCreationTime: SAMPLE_CAPTURE_TIME,
    },
    notificationCreationTime: NOTIFICATION_TIME,
    messageType: 'ConfigurationItemChangeNotification',
    recordVersion: '1.3',
  };
}
