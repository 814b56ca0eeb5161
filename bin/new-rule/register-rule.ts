import { camelCase } from './new-rule-spec';
import { NewRuleRefusedError } from './new-rule-refused-error';

const IMPORT = /^import \{ rule as (\w+) \} from '\.\/([a-z0-9-]+)';$/;

/**
 * rules/index.ts with the rule added: its import among the others, sorted by folder, and its entry in
 * `rules` (in id order when the list is in id order, else last, so the pack's existing order is kept).
 */
export function registerRule(source: string, id: string): string {
  const lines = source.split('\n');
  const name = camelCase(id);
  const importLine = `import { rule as ${name} } from './${id}';`;
  const imports = lines.map((line, index) => ({ match: IMPORT.exec(line), index })).filter(({ match }) => match !== null);
  const last = imports[imports.length - 1];
  if (last === undefined) throw new NewRuleRefusedError('rules/index.ts', 'rules/index.ts', "has no `import { rule as x } from './x'` line to add the rule after");
  const before = imports.find(({ match }) => (match?.[2] ?? '') > id);
  lines.splice(before === undefined ? last.index + 1 : before.index, 0, importLine);

  const start = lines.findIndex((line) => /^export const rules\b.*= \[$/.test(line));
  const end = lines.findIndex((line, index) => index > start && line === '];');
  if (start < 0 || end < 0) throw new NewRuleRefusedError('rules/index.ts', 'rules/index.ts', 'has no `export const rules ... = [` list ending in `];`');
  const entries = lines.slice(start + 1, end).map((line) => line.trim().replace(/,$/, ''));
  const sorted = entries.every((entry, index) => index === 0 || (entries[index - 1] ?? '') <= entry);
  const at = sorted ? entries.findIndex((entry) => entry > name) : -1;
  lines.splice(at < 0 ? end : start + 1 + at, 0, `  ${name},`);
  return lines.join('\n');
}
