import type { RuleDefinition } from '../../rule-kit';
import { generatedTemplate, type GeneratedFile } from './generated-file';
import { buildMemberRoleTemplate } from './member-role-template';
import { buildOrganizationPackTemplate } from './organization-pack-template';
import { buildStackSetTemplate } from './stack-set-template';
import { buildStackTemplate } from './stack-template';

export const MEMBER_STACK_TEMPLATE_PATH = 'templates/organization/member-stack.yaml';
export const STACK_SET_TEMPLATE_PATH = 'templates/organization/stack-set.yaml';
export const ORGANIZATION_PACK_TEMPLATE_PATH = 'templates/organization/organization-conformance-pack.yaml';
export const MEMBER_ROLE_TEMPLATE_PATH = 'templates/organization/member-role.yaml';

/** The organization deployment (templates/README.md, "Deploy across an organization"), each sized for how it is deployed. */
export function organizationTemplates(rules: readonly RuleDefinition[]): GeneratedFile[] {
  return [
    generatedTemplate(
      MEMBER_STACK_TEMPLATE_PATH,
      buildStackTemplate(rules, 'regional-bucket'),
      'The rules stack as the StackSet deploys it, code from <CodeBucketPrefix>-<Region>: upload it; stack-set.yaml takes its URL.',
      'cloudformation-s3',
    ),
    generatedTemplate(
      STACK_SET_TEMPLATE_PATH,
      buildStackSetTemplate(rules),
      'Deploy once, in the management account or a CloudFormation delegated administrator: aws cloudformation deploy.',
      'cloudformation-body',
    ),
    generatedTemplate(
      ORGANIZATION_PACK_TEMPLATE_PATH,
      buildOrganizationPackTemplate(rules),
      'Deploy in every Region, in the management account or a Config delegated administrator: aws cloudformation deploy.',
      'cloudformation-body',
    ),
    generatedTemplate(
      MEMBER_ROLE_TEMPLATE_PATH,
      buildMemberRoleTemplate(rules),
      'Only for a central rules account (CrossAccountRoleName): deploy in each member account, e.g. by a StackSet with --template-body.',
      'cloudformation-body',
    ),
  ];
}
