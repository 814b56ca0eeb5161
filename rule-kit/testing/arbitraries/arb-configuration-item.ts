import fc from 'fast-check';
import {
  CONFIGURATION_ITEM_STATUSES,
  type ConfigurationItem,
  type ConfigurationItemStatus,
  type Relationship,
  type ResourceType,
} from '../../configuration-item';
import { arbAccountId, arbIsoTime, arbRegion, arbTags } from './arb-identifiers';

const RESOURCE_TYPES: readonly ResourceType[] = [
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::Instance',
  'AWS::EC2::Volume',
  'AWS::EC2::VPC',
  'AWS::S3::Bucket',
  'AWS::IAM::Role',
  'AWS::IAM::User',
  'AWS::RDS::DBInstance',
  'AWS::Lambda::Function',
  'AWS::CloudTrail::Trail',
  'AWS::KMS::Key',
  'AWS::::Account',
];

/** Statuses whose items Config records without configuration. */
export const STATUSES_WITHOUT_CONFIGURATION: readonly ConfigurationItemStatus[] = ['ResourceDeleted', 'ResourceDeletedNotRecorded', 'ResourceNotRecorded'];

const arbKey = (): fc.Arbitrary<string> => fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,15}$/);

/**
 * JSON values exactly as JSON.parse returns them: fast-check's jsonValue can hold -0, which JSON
 * writes as 0, so an item carrying it would not equal itself after any JSON round trip.
 */
const JSON_VALUE = fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);

/** JSON objects as a configuration holds them; shallow enough to keep properties fast. */
export const arbJsonObject = (): fc.Arbitrary<Record<string, unknown>> => fc.dictionary(arbKey(), JSON_VALUE, { maxKeys: 6 });

/**
 * Supplementary values as normalised items hold them: objects, or plain strings that are not JSON
 * containers (a string like "{...}" would be parsed on normalisation and not round-trip).
 */
const arbSupplementaryValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(arbJsonObject(), fc.boolean(), fc.stringMatching(/^[A-Za-z0-9 _.:-]{0,20}$/));

const arbRelationship = (): fc.Arbitrary<Relationship> =>
  fc
    .record(
      {
        resourceId: fc.stringMatching(/^[a-z]{2,4}-[0-9a-f]{8,17}$/),
        resourceName: fc.stringMatching(/^[a-zA-Z0-9-]{1,20}$/),
        resourceType: fc.constantFrom(...RESOURCE_TYPES),
        name: fc.constantFrom('Is contained in Vpc', 'Is associated with SecurityGroup', 'Is attached to Instance', 'Is associated with Role'),
      },
      { requiredKeys: ['resourceType', 'name'] },
    );

function arnFor(type: ResourceType, region: string, account: string, id: string): string {
  const service = type.split('::')[1]?.toLowerCase() || 'account';
  return `arn:aws:${service}:${region}:${account}:${id}`;
}

/**
 * Any configuration item in the kit's model, as `normaliseItem` would produce it: random type, id,
 * status, capture time and configuration JSON (null for deleted and not-recorded resources).
 * `overrides` fix fields; a fixed status also decides whether configuration is null.
 *
 * @example
 * fc.assert(fc.property(arbConfigurationItem({ resourceType: 'AWS::S3::Bucket' }), (item) => { evaluateWith(rule, item); }));
 */
export function arbConfigurationItem(overrides: Partial<ConfigurationItem> = {}): fc.Arbitrary<ConfigurationItem> {
  const status = overrides.configurationItemStatus;
  return fc
    .record({
      resourceType: fc.constantFrom(...RESOURCE_TYPES),
      resourceId: fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{2,40}$/),
      status: status === undefined ? fc.constantFrom(...CONFIGURATION_ITEM_STATUSES) : fc.constant(status),
      captureTime: arbIsoTime(),
      accountId: arbAccountId(),
      region: arbRegion(),
      stateId: fc.nat().map(String),
      optional: fc.record(
        {
          resourceName: fc.stringMatching(/^[a-zA-Z0-9_.-]{1,30}$/),
          resourceCreationTime: arbIsoTime(),
          availabilityZone: fc.constantFrom('Not Applicable', 'Regional', 'Multiple Availability Zones'),
          tags: arbTags(),
          relationships: fc.array(arbRelationship(), { maxLength: 3 }),
          supplementaryConfiguration: fc.dictionary(fc.stringMatching(/^[A-Z][A-Za-z]{2,24}$/), arbSupplementaryValue(), { maxKeys: 3 }),
        },
        { requiredKeys: [] },
      ),
      configuration: arbJsonObject(),
    })
    .map(({ resourceType, resourceId, status: itemStatus, captureTime, accountId, region, stateId, optional, configuration }) => {
      const item: ConfigurationItem = {
        configurationItemVersion: '1.3',
        configurationItemCaptureTime: captureTime,
        configurationItemStatus: itemStatus,
        configurationStateId: stateId,
        configurationStateMd5Hash: '',
        awsAccountId: accountId,
        awsRegion: region,
        ARN: arnFor(resourceType, region, accountId, resourceId),
        resourceType,
        resourceId,
        relatedEvents: [],
        ...optional,
        configuration: STATUSES_WITHOUT_CONFIGURATION.includes(itemStatus) ? null : configuration,
      };
      return { ...item, ...overrides };
    });
}
