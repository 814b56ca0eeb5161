import type { RuleDefinition } from '../../rule-kit';
import type { GeneratedFile } from './generate-files';
import { MissingMarkersError } from './missing-markers-error';
import { rolePermissions } from './permissions';

export const README_PATH = 'README.md';
export const TEMPLATES_README_PATH = 'templates/README.md';

const code = (text: string): string => `\`${text}\``;

function triggerOf(rule: RuleDefinition): string {
  return rule.triggers.includes('change') && rule.triggers.includes('periodic') ? 'change + periodic' : rule.triggers.join(' + ');
}

/** The README's table of rules, in registry order: what each checks is its description, less "Checks that". */
export function ruleTable(rules: readonly RuleDefinition[]): string {
  const rows = rules.map((rule) => {
    const checks = rule.description.replace(/^Checks that /, '').replace(/\.$/, '').replace(/\|/g, '\\|');
    const types = rule.resourceTypes.map(code).join(', ') + (rule.collector === undefined ? '' : ' (collected)');
    return `| [${code(rule.id)}](rules/${rule.id}/README.md) | ${checks} | ${triggerOf(rule)} | ${types} |`;
  });
  return ['| id | checks | trigger | resource type |', '|---|---|---|---|', ...rows].join('\n');
}

/** templates/README.md's table of each role's actions besides its own logs, by rule id. */
export function iamTable(rules: readonly RuleDefinition[]): string {
  const rows = [...rules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((rule) => {
      const actions = rolePermissions(rule).actions.filter((action) => !action.startsWith('logs:'));
      return `| ${rule.id} | ${actions.map(code).join(', ')} |`;
    });
  return ['| Rule | Actions |', '|---|---|', ...rows].join('\n');
}

/**
 * `text` with what lies between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` replaced by
 * `body`, so prose around a generated table stays hand-written.
 */
export function replaceGenerated(text: string, name: string, body: string, path: string): string {
  const start = `<!-- generated:${name} (npm run generate) -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new MissingMarkersError(path, `${start} ... ${end}`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

/** README.md and templates/README.md with their generated tables brought up to date. */
export function generateDocTables(rules: readonly RuleDefinition[], read: (path: string) => string): GeneratedFile[] {
  return [
    { path: README_PATH, content: replaceGenerated(read(README_PATH), 'rule-table', ruleTable(rules), README_PATH) },
    { path: TEMPLATES_README_PATH, content: replaceGenerated(read(TEMPLATES_README_PATH), 'iam-table', iamTable(rules), TEMPLATES_README_PATH) },
  ];
}
