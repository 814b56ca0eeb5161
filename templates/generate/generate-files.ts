import type { RuleDefinition } from '../../rule-kit';
import { GeneratorError } from './errors';
import { buildPackTemplate } from './pack-template';
import { rolePermissions } from './permissions';
import { renderTemplate } from './render-yaml';
import { buildStackTemplate } from './stack-template';

export interface GeneratedFile {
  /** Relative to the project root. */
  readonly path: string;
  readonly content: string;
}

export const STACK_TEMPLATE_PATH = 'templates/config-rules-pack.yaml';
export const PACK_TEMPLATE_PATH = 'conformance-pack.yaml';
export const permissionsPath = (id: string): string => `templates/permissions/${id}.json`;

const GENERATED = 'Generated from the rules in rules/index.ts by templates/generate (npm run generate). Do not edit.';

/** The two committed templates, derived only from the rules' metadata. */
export function generateTemplates(rules: readonly RuleDefinition[]): GeneratedFile[] {
  if (rules.length === 0) throw new GeneratorError('(registry)', 'rules/index.ts lists no rules');
  return [
    {
      path: STACK_TEMPLATE_PATH,
      content: renderTemplate(buildStackTemplate(rules), [
        GENERATED,
        'Deploy: npm run build, then aws cloudformation package + deploy (templates/README.md).',
      ]),
    },
    {
      path: PACK_TEMPLATE_PATH,
      content: renderTemplate(buildPackTemplate(rules), [GENERATED, 'Deploy after the stack in templates/: aws configservice put-conformance-pack.']),
    },
  ];
}

/**
 * The per-rule action lists as the generator would grant them. Written only on request
 * (`--write-permissions`) so a change to a rule's permissions shows up as a reviewed diff, not silently.
 */
export function permissionFiles(rules: readonly RuleDefinition[]): GeneratedFile[] {
  return rules.map((rule) => ({ path: permissionsPath(rule.id), content: `${JSON.stringify(rolePermissions(rule), null, 2)}\n` }));
}
