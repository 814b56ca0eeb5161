import type { RuleDefinition } from '../../rule-kit';
import { equals, ifThen, isSet, not, NO_VALUE, ref, type CfnParameter, type CfnTemplate, type CfnValue } from './cfn';
import { GeneratorError } from './errors';
import { buildPackTemplate } from './pack-template';

export const ORGANIZATION_PACK_NAME = 'config-rules-pack';

/** Parameters of the organization pack itself; every other parameter is the conformance pack's, passed through. */
const ORGANIZATION_PARAMETERS: Readonly<Record<string, CfnParameter>> = {
  PackTemplateS3Uri: {
    Type: 'String',
    AllowedPattern: '^s3://[a-z0-9][a-z0-9.-]*/.+',
    Description: 's3://bucket/key of conformance-pack.yaml, readable by this account (Config reads it; at most 300 KB).',
  },
  ExcludedAccounts: {
    Type: 'CommaDelimitedList',
    Default: '',
    Description: 'Account ids that get no pack (at most 1,000), e.g. accounts without the rule functions in this Region. Empty: none.',
  },
  DeliveryS3Bucket: {
    Type: 'String',
    Default: '',
    // Config writes the pack's templates only to buckets named so (PutOrganizationConformancePack).
    AllowedPattern: '^(awsconfigconforms[a-z0-9.-]{0,45})?$',
    Description: 'Optional bucket (its name starts with awsconfigconforms) where Config keeps the pack templates. Empty: none.',
  },
  DeliveryS3KeyPrefix: {
    Type: 'String',
    Default: '',
    Description: 'Optional key prefix in DeliveryS3Bucket.',
  },
};

/**
 * The organization conformance pack, for the management account (or a Config delegated administrator),
 * deployed once per Region: Config rules in every member account of the organization, each calling that
 * account's own function. Every parameter of conformance-pack.yaml is a parameter here with the same
 * default and passed through, so the two cannot drift apart.
 */
export function buildOrganizationPackTemplate(rules: readonly RuleDefinition[]): CfnTemplate {
  const packParameters = buildPackTemplate(rules).Parameters ?? {};
  const clash = Object.keys(packParameters).find((name) => name in ORGANIZATION_PARAMETERS);
  if (clash !== undefined) throw new GeneratorError('(organization pack)', `the pack parameter ${clash} has the name of an organization pack parameter`);
  const input: CfnValue[] = Object.keys(packParameters).map((name) => ({ ParameterName: name, ParameterValue: ref(name) }));
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'config-rules-pack: the organization conformance pack for this Region (deploy once per Region)',
    Parameters: { ...ORGANIZATION_PARAMETERS, ...packParameters },
    Conditions: {
      // A CommaDelimitedList defaulting to "" is [""]: join it to tell "none" from a list.
      ExcludesAccounts: not(equals({ 'Fn::Join': ['', ref('ExcludedAccounts')] }, '')),
      DeliversToBucket: isSet('DeliveryS3Bucket'),
      DeliversWithPrefix: isSet('DeliveryS3KeyPrefix'),
    },
    Resources: {
      OrganizationConformancePack: {
        Type: 'AWS::Config::OrganizationConformancePack',
        Properties: {
          OrganizationConformancePackName: ORGANIZATION_PACK_NAME,
          TemplateS3Uri: ref('PackTemplateS3Uri'),
          ExcludedAccounts: ifThen('ExcludesAccounts', ref('ExcludedAccounts'), NO_VALUE),
          DeliveryS3Bucket: ifThen('DeliversToBucket', ref('DeliveryS3Bucket'), NO_VALUE),
          DeliveryS3KeyPrefix: ifThen('DeliversWithPrefix', ref('DeliveryS3KeyPrefix'), NO_VALUE),
          ConformancePackInputParameters: input,
        },
      },
    },
  };
}
