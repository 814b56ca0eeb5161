import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Metafile } from 'esbuild';
import type { Plugin } from 'esbuild';
import { build } from 'esbuild';
import { bytesByPackage } from './bytes-by-package';
import { BUNDLE_TARGET, bundleClients, CLIENT_PACKAGE, sharedBuildOptions, type ClientFiles } from './client-packages';
import { BundleError, MissingHandlerError, SdkImportError } from './errors';
import { valueImportsOf } from './value-imports';
import type { ZipEntry } from './zip-archive';

export { BUNDLE_TARGET };
/** The file inside each zip; with the `handler` export it makes the Lambda handler `index.handler`. */
export const BUNDLE_FILE = 'index.js';

export interface RuleEntry {
  readonly id: string;
  /** Absolute path of the module exporting `handler`, normally `rules/<id>/handler.ts`. */
  readonly entry: string;
}

export interface Bundle {
  readonly id: string;
  /** `index.js`: what Lambda loads at init. */
  readonly code: Uint8Array;
  /** Input files by package (or `(project)`), with their bytes in `index.js`: what makes init heavy. */
  readonly inputs: Readonly<Record<string, number>>;
  /** The SDK clients the rule uses, loaded on first use (client-packages.ts). */
  readonly clients: ClientFiles;
  /** Every file of the zip: `index.js` and the clients' files. */
  readonly files: readonly ZipEntry[];
}

/**
 * Marks every SDK client that project code imports as external to index.js, and records which files
 * import it. Clients imported from inside node_modules (nested SDK clients) stay in their importer's bundle.
 */
function externalClients(importers: Map<string, Set<string>>): Plugin {
  return {
    name: 'external-sdk-clients',
    setup(builder) {
      builder.onResolve({ filter: CLIENT_PACKAGE }, (args) => {
        if (args.importer === '' || args.importer.includes('/node_modules/')) return undefined;
        const files = importers.get(args.path) ?? new Set<string>();
        files.add(args.importer);
        importers.set(args.path, files);
        // Side-effect free, as the SDK's package.json files declare: an import whose bindings the
        // rule never uses is dropped instead of kept as a bare require().
        return { path: args.path, external: true, sideEffects: false };
      });
    },
  };
}

/**
 * The clients index.js still requires after tree-shaking, each with the files that import it and
 * kept code in index.js: a client imported only by code the rule never reaches (the kit's index
 * re-exports every collector) is left out of the zip.
 */
function requiredClients(metafile: Metafile, importers: ReadonlyMap<string, ReadonlySet<string>>, projectRoot: string): Map<string, Set<string>> {
  const output = Object.values(metafile.outputs)[0];
  const kept = new Set(Object.entries(output?.inputs ?? {}).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path));
  const required = new Map<string, Set<string>>();
  for (const imported of output?.imports ?? []) {
    if (!imported.external || !CLIENT_PACKAGE.test(imported.path) || required.has(imported.path)) continue;
    const files = [...(importers.get(imported.path) ?? [])].filter((file) => kept.has(relative(projectRoot, file).split('\\').join('/')));
    required.set(imported.path, new Set(files));
  }
  return required;
}

function usedExports(ruleId: string, name: string, files: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const file of files) {
    try {
      for (const used of valueImportsOf(readFileSync(file, 'utf8'), file, name)) names.add(used);
    } catch (error) {
      if (error instanceof SdkImportError) throw new BundleError(ruleId, error.message);
      throw error;
    }
  }
  return [...names].sort();
}

/**
 * Bundles one rule's Lambda entry with everything it imports, the AWS SDK included, so the deployed
 * code runs exactly the pinned SDK version and never the runtime's. CommonJS, minified, no source map
 * comment and no absolute paths, so the output depends only on the sources.
 *
 * The SDK clients the rule's code imports are bundled apart, into `aws-sdk-clients.js`, behind one
 * stub per client in `node_modules/<client>/` that loads that file on first use (client-packages.ts):
 * Lambda's init then parses only the rule and the kit (about 40 KB), and the SDK (540 KB for EC2
 * alone) loads when the invocation first uses a client.
 */
export async function bundleRule(rule: RuleEntry, projectRoot: string): Promise<Bundle> {
  if (!existsSync(rule.entry)) throw new MissingHandlerError(rule.id, rule.entry);
  try {
    const importers = new Map<string, Set<string>>();
    const result = await build({
      ...sharedBuildOptions(),
      absWorkingDir: projectRoot,
      entryPoints: [rule.entry],
      outfile: BUNDLE_FILE,
      plugins: [externalClients(importers)],
    });
    const output = result.outputFiles.find((file) => file.path.endsWith(BUNDLE_FILE));
    if (!output) throw new BundleError(rule.id, 'esbuild produced no index.js');
    const required = requiredClients(result.metafile, importers, projectRoot);
    const used = new Map([...required].map(([name, files]) => [name, usedExports(rule.id, name, files)]));
    const clients = await bundleClients(rule.id, used, projectRoot);
    return {
      id: rule.id,
      code: output.contents,
      inputs: bytesByPackage(result.metafile),
      clients,
      files: [{ name: BUNDLE_FILE, data: output.contents }, ...clients.files],
    };
  } catch (error) {
    if (error instanceof BundleError || error instanceof MissingHandlerError) throw error;
    throw new BundleError(rule.id, error instanceof Error ? error.message : String(error));
  }
}
