import type { Metafile } from 'esbuild';

function packageOf(path: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return match?.[1] ?? '(project)';
}

/** Output bytes by input package (or `(project)`): what makes a bundle heavy. */
export function bytesByPackage(metafile: Metafile): Record<string, number> {
  const bytes: Record<string, number> = {};
  for (const meta of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(meta.inputs)) {
      const name = packageOf(path);
      bytes[name] = (bytes[name] ?? 0) + input.bytesInOutput;
    }
  }
  return bytes;
}
