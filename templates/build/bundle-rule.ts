import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BundleError, MissingHandlerError } from './errors';

/** The Lambda runtime the bundles target; the stack template sets the matching `nodejs22.x`. */
export const BUNDLE_TARGET = 'node22';
/** The file inside each zip; with the `handler` export it makes the Lambda handler `index.handler`. */
export const BUNDLE_FILE = 'index.js';

export interface RuleEntry {
  readonly id: string;
  /** Absolute path of the module exporting `handler`, normally `rules/<id>/handler.ts`. */
  readonly entry: string;
}

export interface Bundle {
  readonly id: string;
  readonly code: Uint8Array;
  /** Input files by package (or `(project)`), with their bytes in the output: what makes a bundle heavy. */
  readonly inputs: Readonly<Record<string, number>>;
}

function packageOf(path: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return match?.[1] ?? '(project)';
}

/**
 * Bundles one rule's Lambda entry with everything it imports, the AWS SDK included, so the deployed
 * code runs exactly the pinned SDK version and never the runtime's. CommonJS, minified, no source map
 * comment and no absolute paths, so the output depends only on the sources.
 */
export async function bundleRule(rule: RuleEntry, projectRoot: string): Promise<Bundle> {
  if (!existsSync(rule.entry)) throw new MissingHandlerError(rule.id, rule.entry);
  try {
    const result = await build({
      absWorkingDir: projectRoot,
      entryPoints: [rule.entry],
      outfile: BUNDLE_FILE,
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      target: BUNDLE_TARGET,
      // ES module builds of the SDK tree-shake better than its CommonJS builds.
      mainFields: ['module', 'main'],
      // Lambda provides credentials in the environment: skip the SDK's full default chain (see the file).
      alias: { '@aws-sdk/credential-provider-node': join(__dirname, 'lambda-credentials.ts') },
      minify: true,
      legalComments: 'none',
      sourcemap: false,
      metafile: true,
      logLevel: 'silent',
      charset: 'utf8',
    });
    const output = result.outputFiles.find((file) => file.path.endsWith(BUNDLE_FILE));
    if (!output) throw new BundleError(rule.id, 'esbuild produced no index.js');
    const inputs: Record<string, number> = {};
    for (const meta of Object.values(result.metafile.outputs)) {
      for (const [path, input] of Object.entries(meta.inputs)) {
        const name = packageOf(path);
        inputs[name] = (inputs[name] ?? 0) + input.bytesInOutput;
      }
    }
    return { id: rule.id, code: output.contents, inputs };
  } catch (error) {
    if (error instanceof BundleError || error instanceof MissingHandlerError) throw error;
    throw new BundleError(rule.id, error instanceof Error ? error.message : String(error));
  }
}
