import type { RuleDefinition } from '../../rule-kit';
import { ref, type CfnParameter, type CfnTemplate } from './cfn';
import { GeneratorError } from './errors';
import { buildStackTemplate } from './stack-template';

export const STACK_SET_NAME = 'config-rules-pack';

/** Parameters of the StackSet itself; every other parameter is the member stack's, passed through. */
const STACK_SET_PARAMETERS: Readonly<Record<string, CfnParameter>> = {
  StackSetName: {
    Type: 'String',
    Default: STACK_SET_NAME,
    AllowedPattern: '^[a-zA-Z][a-zA-Z0-9-]{0,127}$',
    Description: 'Name of the StackSet; deploy this template again under another name to split Regions across StackSets (stack instances per StackSet are limited).',
  },
  MemberStackTemplateURL: {
    Type: 'String',
    AllowedPattern: '^https://.+',
    Description: 'HTTPS URL of templates/organization/member-stack.yaml uploaded to S3 (the template is over 51,200 bytes, so only a URL will do).',
  },
  OrganizationalUnitIds: {
    Type: 'CommaDelimitedList',
    Description: 'OUs (or the root, r-xxxx) whose accounts get the rules, now and as accounts join. The management account is never a target.',
  },
  Regions: {
    Type: 'CommaDelimitedList',
    Description: 'Regions to deploy to in every target account; each needs its code bucket <CodeBucketPrefix>-<Region>.',
  },
  CallAs: {
    Type: 'String',
    Default: 'SELF',
    AllowedValues: ['SELF', 'DELEGATED_ADMIN'],
    Description: 'SELF in the management account; DELEGATED_ADMIN in a CloudFormation delegated administrator account.',
  },
  MaxConcurrentPercentage: {
    Type: 'Number',
    Default: 25,
    MinValue: 1,
    MaxValue: 100,
    Description: 'Share of the target accounts a StackSet operation works on at once, per Region.',
  },
  FailureTolerancePercentage: {
    Type: 'Number',
    Default: 10,
    MinValue: 0,
    MaxValue: 100,
    Description: 'Share of the target accounts, per Region, that may fail before the operation stops in that Region.',
  },
};

/**
 * The management-account (or delegated-administrator) template: one service-managed StackSet that deploys
 * the member stack (templates/organization/member-stack.yaml) to every account of the target OUs in every
 * target Region, and to accounts that join them later. The member stack's parameters are passed through
 * with their defaults, so the two cannot drift apart.
 */
export function buildStackSetTemplate(rules: readonly RuleDefinition[]): CfnTemplate {
  const memberParameters = buildStackTemplate(rules, 'regional-bucket').Parameters ?? {};
  const clash = Object.keys(memberParameters).find((name) => name in STACK_SET_PARAMETERS);
  if (clash !== undefined) throw new GeneratorError('(stack set)', `the member stack parameter ${clash} has the name of a StackSet parameter`);
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'config-rules-pack: the StackSet deploying the rule functions to every account of the target OUs and Regions',
    Parameters: { ...STACK_SET_PARAMETERS, ...memberParameters },
    Resources: {
      RulesStackSet: {
        Type: 'AWS::CloudFormation::StackSet',
        Properties: {
          StackSetName: ref('StackSetName'),
          Description: 'config-rules-pack rule functions in every member account and Region',
          PermissionModel: 'SERVICE_MANAGED',
          AutoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: false },
          CallAs: ref('CallAs'),
          // The member stack creates unnamed IAM roles.
          Capabilities: ['CAPABILITY_IAM'],
          ManagedExecution: { Active: true },
          OperationPreferences: {
            RegionConcurrencyType: 'PARALLEL',
            MaxConcurrentPercentage: ref('MaxConcurrentPercentage'),
            FailureTolerancePercentage: ref('FailureTolerancePercentage'),
          },
          TemplateURL: ref('MemberStackTemplateURL'),
          Parameters: Object.keys(memberParameters).map((name) => ({ ParameterKey: name, ParameterValue: ref(name) })),
          StackInstancesGroup: [{ DeploymentTargets: { OrganizationalUnitIds: ref('OrganizationalUnitIds') }, Regions: ref('Regions') }],
        },
      },
    },
    Outputs: {
      StackSetId: { Description: 'The StackSet (describe-stack-set --stack-set-name config-rules-pack)', Value: ref('RulesStackSet') },
    },
  };
}
