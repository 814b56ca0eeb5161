import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');
const SCANNER = join(ROOT, 'rule-kit', 'scanner');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+'(\.[^']*)'/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The module a relative specifier names: `x.ts` or `x/index.ts`. */
function resolveModule(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, join(base, 'index.ts')].find((path) => existsSync(path));
}

/** Relative imports and re-exports (type-only ones too: a circle of types is a circle of meaning). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].flatMap((match) => resolveModule(file, match[1] ?? '') ?? []);
}

/** Every circle of imports reachable from `starts`, each as the list of files around it. */
function findCycles(starts: readonly string[]): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (file: string): void => {
    if (onStack.has(file)) {
      cycles.push([...stack.slice(stack.indexOf(file)), file]);
      return;
    }
    if (done.has(file)) return;
    stack.push(file);
    onStack.add(file);
    for (const next of importsOf(file)) visit(next);
    stack.pop();
    onStack.delete(file);
    done.add(file);
  };
  for (const start of starts) visit(start);
  return cycles;
}

describe('the scanner\'s imports', () => {
  it('form no circle, through any module of the kit they reach', () => {
    const cycles = findCycles(filesUnder(SCANNER)).map((cycle) => cycle.map((file) => relative(ROOT, file)).join(' -> '));
    expect(cycles).toEqual([]);
  });

  it('finds a circle where there is one, type-only and re-exports included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-cycles-'));
    try {
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'a.ts'), "import { b } from './sub';\nexport const a = b;\n");
      writeFileSync(join(dir, 'sub', 'index.ts'), "export { b } from './b';\n");
      writeFileSync(join(dir, 'sub', 'b.ts'), "import type { A } from '../a';\nexport const b = 1;\nexport type B = A;\n");
      writeFileSync(join(dir, 'c.ts'), "import { a } from './a';\nexport const c = a;\n");
      expect(findCycles([join(dir, 'c.ts')]).map((cycle) => cycle.map((file) => relative(dir, file)))).toEqual([
        ['a.ts', join('sub', 'index.ts'), join('sub', 'b.ts'), 'a.ts'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
