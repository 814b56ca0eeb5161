import { stringify } from 'yaml';
import type { CfnTemplate } from './cfn';

/**
 * YAML for CloudFormation and Config. Rendered with the YAML 1.1 schema, so strings that 1.1 parsers read
 * as booleans or numbers (`off`, `yes`, `on`, `0777`...) are quoted; no anchors or aliases; no line folding.
 */
export function renderTemplate(template: CfnTemplate, header: readonly string[]): string {
  const body = stringify(template, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false, indentSeq: true });
  return `${header.map((line) => `# ${line}`).join('\n')}\n${body}`;
}
