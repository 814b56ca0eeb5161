import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicFunctions } from './public-functions';

const ROOT = join(__dirname, '..', '..', '..');

/** Runs a script of this folder in a fresh Node process (TypeScript through tsx), returning its JSON output. */
function runFresh(script: string, args: readonly string[] = []): unknown {
  const out = execFileSync(process.execPath, ['-r', 'tsx/cjs', join(__dirname, script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out) as unknown;
}

const FACES = ['rule-kit/index.ts', 'rule-kit/lambda/index.ts', 'rule-kit/scanner/index.ts', 'rule-kit/testing/index.ts'];

const RULE_MODULES = readdirSync(join(ROOT, 'rules'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(ROOT, 'rules', entry.name, 'rule.ts'));

describe('the kit faces', () => {
  it('loads no AWS SDK module with the authoring face, any rule, the pack, or the scanner face', () => {
    // Prepare
    const modules = [
      join(ROOT, 'rule-kit', 'index.ts'),
      ...RULE_MODULES,
      join(ROOT, 'rules', 'index.ts'),
      join(ROOT, 'rule-kit', 'scanner', 'index.ts'),
    ];
    // Act
    const loaded = runFresh('load-modules.ts', modules) as Record<string, string[]>;
    // Assess
    expect(Object.keys(loaded)).toEqual(modules);
    expect(RULE_MODULES.length).toBeGreaterThanOrEqual(16);
    expect(loaded).toEqual(Object.fromEntries(modules.map((module) => [module, []])));
  });

  it('would see an SDK module a face loads (the Lambda face loads the Config client)', () => {
    const lambda = join(ROOT, 'rule-kit', 'lambda', 'index.ts');
    const loaded = runFresh('load-modules.ts', [lambda]) as Record<string, string[]>;
    expect(loaded[lambda]?.some((path) => path.includes('@aws-sdk/client-config-service'))).toBe(true);
  });

  it("runs the testing face's pure helpers without Jest's global expect", () => {
    expect(runFresh('use-testing-helpers.ts')).toEqual({ hasJestExpect: false, open: 'NON_COMPLIANT', closed: 'COMPLIANT', event: 'string' });
  });

  it('shows an @example in the JSDoc of every function a face exports', () => {
    // Prepare
    const faces = FACES.map((face) => join(ROOT, face));
    // Act
    const functions = publicFunctions(faces);
    // Assess
    expect(functions.length).toBeGreaterThan(60);
    expect(functions.filter((fn) => !fn.hasExample).map((fn) => `${fn.name} (${fn.file})`)).toEqual([]);
  });

  it.each(FACES)('%s names every export (no export *)', (face) => {
    expect(readFileSync(join(ROOT, face), 'utf8')).not.toMatch(/export \*/);
  });
});
