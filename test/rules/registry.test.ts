import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../rules';

const rulesDir = join(__dirname, '..', '..', 'rules');
const folders = readdirSync(rulesDir).filter((name) => statSync(join(rulesDir, name)).isDirectory());

describe('the rule registry', () => {
  it('lists every rule folder exactly once, under its folder name', () => {
    expect(rules.map((rule) => rule.id).sort()).toEqual([...folders].sort());
  });

  it.each(folders)('%s has a Lambda handler, a README and its tests', (id) => {
    const files = readdirSync(join(rulesDir, id));
    expect(files).toEqual(expect.arrayContaining(['rule.ts', 'handler.ts', 'index.ts', 'README.md']));
    expect(readdirSync(join(__dirname, id)).some((name) => name.endsWith('.test.ts'))).toBe(true);
  });

  it.each(folders)('%s exports a handler function built from its own rule', async (id) => {
    const module = (await import(join(rulesDir, id, 'handler'))) as { handler?: unknown };
    expect(typeof module.handler).toBe('function');
  });
});
