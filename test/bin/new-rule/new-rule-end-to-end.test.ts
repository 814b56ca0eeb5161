import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

// The "done when", as a new user runs it, in a scratch copy of the repository (the working tree is
// never touched): config-rules new, then typecheck, lint, the rule's tests with the suite's tests that
// break when a rule is added, the generated-files check, the build, and invoke on the generated fixture.
// Slow (one child process per step), so it is the one test that does all of it; typecheck and lint cover
// what `new` wrote (and what it imports), not the whole tree, to keep CI well under its limit.
jest.setTimeout(600_000);

const ROOT = resolve(__dirname, '..', '..', '..');
const ID = 'volume-encrypted';

function run(cwd: string, command: string, args: readonly string[]): string {
  const child = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' } });
  const output = `${child.stdout ?? ''}${child.stderr ?? ''}${child.error ? String(child.error) : ''}`;
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${String(child.status)} in the scratch copy:\n${output}`);
  return child.stdout;
}

describe(`config-rules new ${ID}, from a copy of the repository`, () => {
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'config-rules-new-'));
    const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
    if (tracked.status !== 0) throw new Error(`git ls-files failed: ${tracked.stderr}`);
    for (const path of tracked.stdout.split('\0').filter((file) => file !== '' && existsSync(join(ROOT, file)))) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      copyFileSync(join(ROOT, path), join(scratch, path));
    }
    symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(scratch, 'node_modules'), 'dir');
  });

  afterAll(() => {
    if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  });

  it('builds, tests, generates and invokes right after it is created', () => {
    // Act
    const created = run(scratch, process.execPath, ['bin/config-rules.js', 'new', ID, '--resource-type', 'AWS::EC2::Volume']);

    // Assess
    expect(created).toContain(`Created rule ${ID}:`);
    const made = [`rules/${ID}`, `test/rules/${ID}`, 'rules/index.ts'];
    writeFileSync(join(scratch, 'tsconfig.new-rule.json'), JSON.stringify({ extends: './tsconfig.json', include: made }));
    run(scratch, 'npx', ['tsc', '-p', 'tsconfig.new-rule.json', '--noEmit']);
    run(scratch, 'npx', ['eslint', ...made]);
    run(scratch, 'npx', ['jest', '--ci', `test/rules/${ID}`, 'test/rules/registry.test.ts', 'test/bin/sample-account.test.ts']);
    run(scratch, 'npm', ['run', 'generate', '--', '--check']);
    expect(readFileSync(join(scratch, 'README.md'), 'utf8')).toContain(`| [\`${ID}\`](rules/${ID}/README.md) |`);
    expect(JSON.parse(readFileSync(join(scratch, 'templates', 'permissions', `${ID}.json`), 'utf8'))).toMatchObject({ rule: ID });
    run(scratch, 'npm', ['run', 'build', '--', '--ids', ID]);
    expect(existsSync(join(scratch, 'dist', `${ID}.zip`))).toBe(true);
    const invoked = run(scratch, process.execPath, ['bin/config-rules.js', 'invoke', ID, '--item', `test/rules/${ID}/fixtures/volume.json`]);
    expect(invoked).toMatch(new RegExp(`^COMPLIANT +AWS::EC2::Volume +${ID}-sample +2024-06-03T07:59:58\\.000Z +configuration\\.encrypted is true\\.$`, 'm'));
  });
});
