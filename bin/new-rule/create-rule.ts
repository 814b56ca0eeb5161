import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sampleItem, type ResourceSchema } from '../sample-item';
import { fixtureName, type NewRuleSpec } from './new-rule-spec';
import { collectorSource, handlerSource, indexSource, ruleSource } from './render-rule-source';
import { readmeSource } from './render-readme';
import { testSource } from './render-tests';
import { registerRule } from './register-rule';
import type { StarterCheck } from './starter-check';

export interface PlannedFile {
  /** Relative to the project root. */
  readonly path: string;
  readonly content: string;
}


function fixture(schema: ResourceSchema, spec: NewRuleSpec, check: StarterCheck): string {
  const sample = sampleItem(schema, check.resourceType, { resourceId: `${spec.id}-sample` });
  const configuration = sample.configurationItem['configuration'] as Record<string, unknown>;
  if (check.kind === 'true') configuration[check.field] = true;
  const set = check.kind === 'true' ? `configuration.${check.field} set to true` : `configuration.${check.field} kept as a placeholder string`;
  return `${JSON.stringify({ ...sample, _source: `${sample._source} Made by config-rules new ${spec.id}: ${set} so the starter check passes.` }, null, 2)}\n`;
}

/** The kit's Lambda face: handlers import createHandler from `rule-kit/lambda` where it exists. */
export function handlerFace(root: string): string {
  return existsSync(join(root, 'rule-kit', 'lambda', 'index.ts')) ? 'rule-kit/lambda' : 'rule-kit/handler';
}

/** Every file `config-rules new` writes for the rule, before anything is written. */
export function planRuleFiles(schema: ResourceSchema, spec: NewRuleSpec, registry: string, face = 'rule-kit/handler'): PlannedFile[] {
  const rule = `rules/${spec.id}`;
  const test = `test/rules/${spec.id}`;
  return [
    { path: `${rule}/rule.ts`, content: ruleSource(spec) },
    { path: `${rule}/index.ts`, content: indexSource() },
    { path: `${rule}/handler.ts`, content: handlerSource(face) },
    ...(spec.collector ? [{ path: `${rule}/collector.ts`, content: collectorSource(spec) }] : []),
    { path: `${rule}/README.md`, content: readmeSource(spec) },
    { path: `${test}/${spec.id}.test.ts`, content: testSource(spec) },
    ...spec.checks.map((check) => ({ path: `${test}/fixtures/${fixtureName(check.resourceType)}`, content: fixture(schema, spec, check) })),
    { path: 'rules/index.ts', content: registerRule(registry, spec.id) },
  ];
}

export class RegenerationFailedError extends Error {
  override readonly name = 'RegenerationFailedError';
  constructor(readonly output: string) {
    super(`npm run generate -- --write-permissions failed; nothing was changed:\n${output}`);
  }
}

/**
 * Writes the planned files, then regenerates the templates, the conformance pack, the permissions file
 * and the docs tables in a child process (this one has loaded the registry before the rule was added).
 * If that fails, every file (`files`, and the `generated` ones the generator may rewrite) is put back as
 * it was. Returns the paths written, generated ones last.
 */
export function createRule(root: string, spec: NewRuleSpec, files: readonly PlannedFile[], generated: readonly string[]): string[] {
  const saved = new Map<string, string | undefined>();
  for (const path of [...files.map((file) => file.path), ...generated, `templates/permissions/${spec.id}.json`]) {
    const absolute = join(root, path);
    saved.set(path, existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined);
  }
  const restore = (): void => {
    for (const [path, content] of saved) {
      if (content === undefined) rmSync(join(root, path), { force: true });
      else writeFileSync(join(root, path), content);
    }
    for (const dir of [`rules/${spec.id}`, `test/rules/${spec.id}`]) rmSync(join(root, dir), { recursive: true, force: true });
  };
  try {
    for (const file of files) {
      mkdirSync(dirname(join(root, file.path)), { recursive: true });
      writeFileSync(join(root, file.path), file.content);
    }
    const run = spawnSync('npm', ['run', '--silent', 'generate', '--', '--write-permissions'], { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) throw new RegenerationFailedError(`${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`);
    const regenerated = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('wrote '))
      .map((line) => line.slice('wrote '.length));
    return [...files.map((file) => file.path), ...regenerated];
  } catch (error) {
    restore();
    throw error;
  }
}
