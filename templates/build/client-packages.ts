import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bytesByPackage } from './bytes-by-package';
import { BundleError } from './errors';
import type { ZipEntry } from './zip-archive';

/** AWS SDK v3 service clients: each goes into the zip as its own package instead of into index.js. */
export const CLIENT_PACKAGE = /^@aws-sdk\/client-[a-z0-9-]+$/;

/** The Lambda runtime the bundles target; the stack template sets the matching `nodejs22.x`. */
export const BUNDLE_TARGET = 'node22';

/** Options every esbuild pass shares, so a client bundle is built exactly like the rule's own code. */
export function sharedBuildOptions() {
  return {
    bundle: true,
    write: false as const,
    platform: 'node' as const,
    format: 'cjs' as const,
    target: BUNDLE_TARGET,
    // ES module builds of the SDK tree-shake better than its CommonJS builds.
    mainFields: ['module', 'main'],
    // Lambda provides credentials in the environment: skip the SDK's full default chain (see the file).
    alias: { '@aws-sdk/credential-provider-node': join(__dirname, 'lambda-credentials.ts') },
    minify: true,
    legalComments: 'none' as const,
    sourcemap: false,
    metafile: true as const,
    logLevel: 'silent' as const,
    charset: 'utf8' as const,
  };
}

/** The one file holding the code of every client the rule uses, at the zip's root. */
export const CLIENTS_CODE_FILE = 'aws-sdk-clients.js';

export interface ClientPackage {
  readonly name: string;
  readonly version: string;
  /** The exports the rule uses, sorted: the only ones bundled. */
  readonly exports: readonly string[];
}

export interface ClientFiles {
  readonly clients: readonly ClientPackage[];
  /** `aws-sdk-clients.js` and, per client, `node_modules/<name>/index.js` and `package.json`. */
  readonly files: readonly ZipEntry[];
  /** Bytes of `aws-sdk-clients.js` by input package, as for the main bundle. */
  readonly inputs: Readonly<Record<string, number>>;
  /** Bytes of `aws-sdk-clients.js`. */
  readonly codeBytes: number;
}

/**
 * What `require('<name>')` returns inside the zip: an object of getters, one per used export, that
 * load the clients' code on the first read of any of them. Requiring the package at Lambda's init
 * (what the CommonJS bundle does for every static import) therefore costs one small file; the
 * clients' code, the SDK runtime and `node:https` load when the rule first uses a client.
 * Correctness does not depend on that laziness: an early read only loads the code early.
 */
export function lazyClientStub(name: string, version: string, exportNames: readonly string[]): string {
  return [
    `"use strict";`,
    `// ${name} ${version}, the exports the rule uses; the code loads on first use (templates/build/client-packages.ts).`,
    `let client;`,
    `const load = () => (client ??= require("../../../${CLIENTS_CODE_FILE}").clients[${JSON.stringify(name)}]);`,
    `Object.defineProperty(exports, "__esModule", { value: true });`,
    `for (const name of ${JSON.stringify(exportNames)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
    ``,
  ].join('\n');
}

/** The entry of the clients' bundle: `clients = { "<package>": { <export>: value } }`, exactly the used exports. */
export function clientsEntry(used: ReadonlyMap<string, readonly string[]>): string {
  const packages = [...used.keys()].sort();
  const imports = packages.map((name, p) => `import { ${(used.get(name) ?? []).map((key, e) => `${key} as c${p}_${e}`).join(', ')} } from ${JSON.stringify(name)};`);
  const table = packages.map((name, p) => `  ${JSON.stringify(name)}: { ${(used.get(name) ?? []).map((key, e) => `${key}: c${p}_${e}`).join(', ')} },`);
  return [...imports, 'export const clients = {', ...table, '};', ''].join('\n');
}

function installedVersion(name: string, projectRoot: string): string {
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}

/**
 * Bundles the used exports of every SDK client the rule imports, with the SDK runtime they share,
 * into one file, `aws-sdk-clients.js`, and gives each client a folder `node_modules/<name>/` whose
 * `index.js` is the lazy stub above and whose `package.json` names the pinned version. Node's
 * ordinary resolution from the unzipped `index.js` finds these before any SDK the runtime ships.
 * One file, not one per client: each client would carry its own copy of the runtime (about 150 KB).
 */
export async function bundleClients(ruleId: string, used: ReadonlyMap<string, readonly string[]>, projectRoot: string): Promise<ClientFiles> {
  if (used.size === 0) return { clients: [], files: [], inputs: {}, codeBytes: 0 };
  const result = await build({
    ...sharedBuildOptions(),
    absWorkingDir: projectRoot,
    stdin: { contents: clientsEntry(used), resolveDir: projectRoot, sourcefile: 'aws-sdk-clients-entry.js', loader: 'js' },
    outfile: CLIENTS_CODE_FILE,
  }).catch((error: unknown) => {
    throw new BundleError(ruleId, `bundling the SDK clients: ${error instanceof Error ? error.message : String(error)}`);
  });
  const output = result.outputFiles.find((file) => file.path.endsWith(CLIENTS_CODE_FILE));
  if (!output) throw new BundleError(ruleId, `esbuild produced no ${CLIENTS_CODE_FILE}`);
  const clients = [...used.keys()].sort().map((name) => ({ name, version: installedVersion(name, projectRoot), exports: used.get(name) ?? [] }));
  const files: ZipEntry[] = [{ name: CLIENTS_CODE_FILE, data: output.contents }];
  for (const client of clients) {
    const dir = `node_modules/${client.name}`;
    files.push({ name: `${dir}/index.js`, data: Buffer.from(lazyClientStub(client.name, client.version, client.exports)) });
    files.push({ name: `${dir}/package.json`, data: Buffer.from(`${JSON.stringify({ name: client.name, version: client.version, private: true, main: 'index.js' }, null, 2)}\n`) });
  }
  return { clients, files, inputs: bytesByPackage(result.metafile), codeBytes: output.contents.length };
}
