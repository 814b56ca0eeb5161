import type { RuleDefinition } from '../../rule-kit';
import { GeneratorError } from './errors';
import { generatedTemplate, type GeneratedFile } from './generated-file';
import { organizationTemplates } from './organization-files';
import { buildPackTemplate } from './pack-template';
import { rolePermissions } from './permissions';
import { buildInvestigationTemplate } from './investigation-template';
import { buildStackTemplate } from './stack-template';

export type { GeneratedFile } from './generated-file';

export const STACK_TEMPLATE_PATH = 'templates/config-rules-pack.yaml';
export const PACK_TEMPLATE_PATH = 'conformance-pack.yaml';
export const INVESTIGATION_TEMPLATE_PATH = 'templates/investigation.yaml';
export const permissionsPath = (id: string): string => `templates/permissions/${id}.json`;

/** The committed templates, derived only from the rules' metadata, each within the size its deployment allows. */
export function generateTemplates(rules: readonly RuleDefinition[]): GeneratedFile[] {
  if (rules.length === 0) throw new GeneratorError('(registry)', 'rules/index.ts lists no rules');
  return [
    // `package` rewrites each function's Code into an S3 location: its growth is reserved in the budget.
    generatedTemplate(
      STACK_TEMPLATE_PATH,
      buildStackTemplate(rules),
      'Deploy: npm run build, then aws cloudformation package + deploy --s3-bucket (templates/README.md).',
      'cloudformation-s3',
      // The rules' functions and the alert function.
      rules.length + 1,
    ),
    generatedTemplate(PACK_TEMPLATE_PATH, buildPackTemplate(rules), 'Deploy after the stack in templates/: aws configservice put-conformance-pack.', 'conformance-pack-body'),
    ...organizationTemplates(rules),
    generatedTemplate(
      INVESTIGATION_TEMPLATE_PATH,
      buildInvestigationTemplate(),
      'Optional, from templates/investigation/: Athena over CloudTrail and Config logs (templates/README.md).',
      'cloudformation-body',
    ),
  ];
}

/**
 * The per-rule action lists as the generator would grant them. Written only on request
 * (`--write-permissions`) so a change to a rule's permissions shows up as a reviewed diff, not silently.
 */
export function permissionFiles(rules: readonly RuleDefinition[]): GeneratedFile[] {
  return rules.map((rule) => ({ path: permissionsPath(rule.id), content: `${JSON.stringify(rolePermissions(rule), null, 2)}\n` }));
}
