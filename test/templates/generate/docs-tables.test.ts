import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rules } from '../../../rules';
import { generateDocTables, iamTable, MissingMarkersError, replaceGenerated, rolePermissions, ruleTable } from '../../../templates/generate';
import { fakeRules } from '../fake-rules';

const ROOT = resolve(__dirname, '..', '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

describe('generated documentation tables', () => {
  it.each(generateDocTables(rules, read).map((file) => [file.path, file] as const))('%s has the tables the generator writes (run npm run generate)', (path, file) => {
    expect(read(path)).toBe(file.content);
  });

  it('list every rule of the registry once, with its trigger, types and actions', () => {
    const table = ruleTable(rules);
    const iam = iamTable(rules);
    for (const rule of rules) {
      expect(table.split('\n').filter((line) => line.startsWith(`| [\`${rule.id}\`]`))).toHaveLength(1);
      const actions = rolePermissions(rule).actions.filter((action) => !action.startsWith('logs:'));
      expect(iam).toContain(`| ${rule.id} | ${actions.map((action) => `\`${action}\``).join(', ')} |`);
    }
  });

  it('say which rules collect and which run on both triggers', () => {
    const table = ruleTable(fakeRules);
    for (const rule of fakeRules) {
      const row = table.split('\n').find((line) => line.startsWith(`| [\`${rule.id}\`]`)) ?? '';
      expect(row.endsWith(rule.collector === undefined ? '` |' : ' (collected) |')).toBe(true);
      const both = rule.triggers.length === 2;
      expect(row.includes('| change + periodic |')).toBe(both);
    }
  });

  it('replace only what lies between the markers, and name a file that lost them', () => {
    const text = 'before\n<!-- generated:t (npm run generate) -->\nold\n<!-- /generated:t -->\nafter\n';
    expect(replaceGenerated(text, 't', 'new', 'x.md')).toBe('before\n<!-- generated:t (npm run generate) -->\nnew\n<!-- /generated:t -->\nafter\n');
    expect(() => replaceGenerated('no markers', 't', 'new', 'x.md')).toThrow(MissingMarkersError);
    expect(() => replaceGenerated('no markers', 't', 'new', 'x.md')).toThrow(/x\.md/);
  });
});
