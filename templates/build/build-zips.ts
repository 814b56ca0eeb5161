import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_FILE, bundleRule, type Bundle, type RuleEntry } from './bundle-rule';
import { writeZip } from './zip-writer';

export interface BuiltZip {
  readonly id: string;
  readonly path: string;
  readonly bytes: number;
  readonly bundleBytes: number;
  readonly inputs: Bundle['inputs'];
}

/** The zip path of a rule, relative to the project root; the stack template's `Code` points here. */
export function zipPathOf(id: string, outDir = 'dist'): string {
  return `${outDir}/${id}.zip`;
}

/** Bundles each rule and writes `<outDir>/<id>.zip` holding only `index.js`. Sequential: esbuild is already parallel. */
export async function buildZips(rules: readonly RuleEntry[], projectRoot: string, outDir: string): Promise<BuiltZip[]> {
  mkdirSync(outDir, { recursive: true });
  const built: BuiltZip[] = [];
  for (const rule of rules) {
    const bundle = await bundleRule(rule, projectRoot);
    const zip = writeZip([{ name: BUNDLE_FILE, data: bundle.code }]);
    const path = join(outDir, `${rule.id}.zip`);
    writeFileSync(path, zip);
    built.push({ id: rule.id, path, bytes: zip.length, bundleBytes: bundle.code.length, inputs: bundle.inputs });
  }
  return built;
}
