import type { CfnTemplate } from './cfn';
import { renderTemplate } from './render-yaml';
import { checkTemplateSize, type TemplateDelivery } from './template-size';

export interface GeneratedFile {
  /** Relative to the project root. */
  readonly path: string;
  readonly content: string;
  /** For a template: how templates/README.md deploys it, which sets its size limit. */
  readonly delivery?: TemplateDelivery;
}

export const GENERATED_HEADER = 'Generated from the rules in rules/index.ts by templates/generate (npm run generate). Do not edit.';

/**
 * A rendered template, refused (TemplateSizeError naming the file, its size and the limit) when it would
 * not fit the way it is deployed: growth is caught when the templates are generated, before a release.
 */
export function generatedTemplate(path: string, body: CfnTemplate, header: string, delivery: TemplateDelivery, packagedFunctions = 0): GeneratedFile {
  const content = renderTemplate(body, [GENERATED_HEADER, header]);
  checkTemplateSize(path, content, delivery, packagedFunctions);
  return { path, content, delivery };
}
