import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleRule, type Bundle, type RuleEntry } from './bundle-rule';
import { writeZip } from './zip-archive';

export interface BuiltZip {
  readonly id: string;
  readonly path: string;
  readonly bytes: number;
  /** Bytes of index.js: what Lambda's init loads. */
  readonly bundleBytes: number;
  readonly inputs: Bundle['inputs'];
  /** The SDK clients, loaded on first use. */
  readonly clients: Bundle['clients'];
}

/** The zip path of a rule, relative to the project root; the stack template's `Code` points here. */
export function zipPathOf(id: string, outDir = 'dist'): string {
  return `${outDir}/${id}.zip`;
}

/**
 * Bundles each rule and writes `<outDir>/<id>.zip`: `index.js` and, per SDK client the rule uses,
 * `node_modules/<client>/` (see bundle-rule.ts). Sequential: esbuild is already parallel.
 */
export async function buildZips(rules: readonly RuleEntry[], projectRoot: string, outDir: string): Promise<BuiltZip[]> {
  mkdirSync(outDir, { recursive: true });
  const built: BuiltZip[] = [];
  for (const rule of rules) {
    const bundle = await bundleRule(rule, projectRoot);
    const zip = writeZip(bundle.files);
    const path = join(outDir, `${rule.id}.zip`);
    writeFileSync(path, zip);
    built.push({ id: rule.id, path, bytes: zip.length, bundleBytes: bundle.code.length, inputs: bundle.inputs, clients: bundle.clients });
  }
  return built;
}
