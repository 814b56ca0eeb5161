import { join } from 'node:path';
import fc from 'fast-check';
import type { ConfigurationItem, RuleDefinition } from '../../../../rule-kit';
import { loadItem } from '../../../../rule-kit/testing';
import type { JsonKind } from './mutate-json';
import { rule as cloudtrailCloudwatchLogs } from '../../../../rules/cloudtrail-cloudwatch-logs';
import { rule as cloudtrailEncryption } from '../../../../rules/cloudtrail-encryption';
import { rule as cloudtrailLogFileValidation } from '../../../../rules/cloudtrail-log-file-validation';
import { rule as rdsSnapshotPublic } from '../../../../rules/rds-snapshot-public';
import { rule as s3AccountPublicAccessBlock } from '../../../../rules/s3-account-public-access-block';
import { rule as s3BucketPublicAccess } from '../../../../rules/s3-bucket-public-access';
import { rule as sgAuthorizedPorts } from '../../../../rules/sg-authorized-ports';
import { rule as sgOpenPorts } from '../../../../rules/sg-open-ports';

const RULE_TESTS = join(__dirname, '..', '..', '..', 'rules');
const SECURITY_GROUPS = join(__dirname, '..', '..', 'network', 'fixtures');

/**
 * A field the rule's verdict rests on. `missing`: the field absent means "unknown" (Config always
 * records it), so an item without it must not be COMPLIANT. Fields that are legitimately absent (an
 * optional key whose absence the rule reads as a finding or as "none") are listed with missing false:
 * only a value of the wrong type is tested for them.
 */
export interface RequiredField {
  readonly path: string;
  readonly missing: boolean;
  /** JSON types the kit reads as meaningful here besides the recorded one: not a wrong type for this field. */
  readonly alsoRead?: readonly JsonKind[];
}

/** A real rule, a recorded item it finds COMPLIANT, and what that verdict rests on. */
export interface FuzzCase {
  readonly rule: RuleDefinition;
  readonly item: ConfigurationItem;
  readonly parameters: Readonly<Record<string, string>>;
  readonly required: readonly RequiredField[];
  /** Values worth trying for the rule's parameters, beside arbitrary text. */
  readonly parameterValues: readonly string[];
}

const CONFIGURATION: RequiredField = { path: 'configuration', missing: true };

function permissionFields(index: number): RequiredField[] {
  return [
    // A protocol number may come as a JSON number (0 is HOPOPT, a protocol without ports).
    { path: `configuration.ipPermissions.${index}.ipProtocol`, missing: true, alsoRead: ['number'] },
    { path: `configuration.ipPermissions.${index}.fromPort`, missing: true },
    { path: `configuration.ipPermissions.${index}.toPort`, missing: true },
    // Source lists may be omitted or null ("none", read-ingress-permissions.ts); any other type is malformed.
    { path: `configuration.ipPermissions.${index}.ipv4Ranges`, missing: false, alsoRead: ['null'] },
    { path: `configuration.ipPermissions.${index}.ipRanges`, missing: false, alsoRead: ['null'] },
    { path: `configuration.ipPermissions.${index}.ipv6Ranges`, missing: false, alsoRead: ['null'] },
  ];
}

const PORT_VALUES = ['22', '80,443', '443', '0-65535', '1-1024,3389', '', ' ', '-1', '65536', '22-21', 'ssh', '80,,443'];
const BOOLEAN_VALUES = ['true', 'false', 'TRUE', 'False', '', ' ', 'yes', '0', '1'];

/** fast-check prints a case by its rule id, not the whole definition. */
function named(fuzzCase: FuzzCase): FuzzCase {
  return Object.assign(fuzzCase, { [fc.toStringMethod]: () => fuzzCase.rule.id });
}

export function fuzzCases(): FuzzCase[] {
  const sgWeb = loadItem(join(SECURITY_GROUPS, 'sg-web-open.json'));
  const sgRequired = [CONFIGURATION, { path: 'configuration.ipPermissions', missing: true }, ...permissionFields(0), ...permissionFields(2)];
  const cases: FuzzCase[] = [
    {
      rule: cloudtrailLogFileValidation,
      item: loadItem(join(RULE_TESTS, 'cloudtrail-log-file-validation', 'fixtures', 'trail-validation-enabled.json')),
      parameters: {},
      required: [CONFIGURATION, { path: 'configuration.logFileValidationEnabled', missing: true }],
      parameterValues: [],
    },
    {
      rule: cloudtrailEncryption,
      item: loadItem(join(RULE_TESTS, 'cloudtrail-encryption', 'fixtures', 'trail-kms-encrypted.json')),
      parameters: {},
      // Config leaves kmsKeyId out for SSE-S3 trails: absent reads NON_COMPLIANT, which is what this checks.
      required: [CONFIGURATION, { path: 'configuration.kmsKeyId', missing: true }],
      parameterValues: ['arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'arn:aws:kms:*', '', ','],
    },
    {
      rule: cloudtrailCloudwatchLogs,
      item: loadItem(join(RULE_TESTS, 'cloudtrail-cloudwatch-logs', 'fixtures', 'trail-delivers-to-cloudwatch-logs.json')),
      parameters: {},
      required: [
        CONFIGURATION,
        { path: 'configuration.cloudWatchLogsLogGroupArn', missing: true },
        { path: 'configuration.cloudWatchLogsRoleArn', missing: true },
      ],
      parameterValues: [],
    },
    {
      rule: rdsSnapshotPublic,
      item: loadItem(join(RULE_TESTS, 'rds-snapshot-public', 'fixtures', 'db-snapshot-not-shared.json')),
      parameters: {},
      required: [
        { path: 'supplementaryConfiguration.DBSnapshotAttributes', missing: true },
        { path: 'supplementaryConfiguration.DBSnapshotAttributes.0.attributeName', missing: true },
        { path: 'supplementaryConfiguration.DBSnapshotAttributes.0.attributeValues', missing: true },
      ],
      parameterValues: [],
    },
    {
      rule: s3AccountPublicAccessBlock,
      item: loadItem(join(RULE_TESTS, 's3-account-public-access-block', 'fixtures', 'all-on.json')),
      parameters: {},
      required: [
        CONFIGURATION,
        ...['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'].map((name) => ({ path: `configuration.${name}`, missing: true })),
      ],
      parameterValues: BOOLEAN_VALUES,
    },
    {
      rule: s3BucketPublicAccess,
      item: loadItem(join(RULE_TESTS, 's3-bucket-public-access', 'fixtures', 'bucket-private.json')),
      parameters: {},
      required: [
        { path: 'supplementaryConfiguration.AccessControlList', missing: true },
        { path: 'supplementaryConfiguration.BucketPolicy', missing: true },
      ],
      parameterValues: BOOLEAN_VALUES,
    },
    { rule: sgOpenPorts, item: sgWeb, parameters: {}, required: sgRequired, parameterValues: PORT_VALUES },
    {
      rule: sgAuthorizedPorts,
      item: sgWeb,
      parameters: { authorizedTcpPorts: '80,443', authorizedUdpPorts: '443' },
      required: sgRequired,
      parameterValues: PORT_VALUES,
    },
  ];
  return cases.map(named);
}
