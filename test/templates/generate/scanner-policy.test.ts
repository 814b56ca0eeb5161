import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rules } from '../../../rules';
import { scannerPolicyFile, scannerReadOnlyPolicy } from '../../../templates/generate';

const ROOT = resolve(__dirname, '..', '..', '..');

describe('templates/scanner-read-only-policy.json', () => {
  it('is what the generator produces (run npm run generate)', () => {
    const file = scannerPolicyFile(rules);
    expect(readFileSync(join(ROOT, file.path), 'utf8')).toBe(file.content);
  });

  it('grants every collector permission and only reads', () => {
    const policy = scannerReadOnlyPolicy(rules) as { Statement: { Action: string[] }[] };
    const actions = policy.Statement.flatMap((statement) => statement.Action);
    for (const rule of rules) for (const permission of rule.permissions) expect(actions).toContain(permission);
    for (const action of actions) expect(action).toMatch(/^[a-z0-9-]+:(List|Get|Describe|BatchGet|AssumeRole)/);
  });
});
