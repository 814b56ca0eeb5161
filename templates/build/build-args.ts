import { parseArgs } from 'node:util';
import { BuildArgumentError } from './errors';

export interface BuildOptions {
  /** Where the zips go, relative to the project root. */
  readonly outDir: string;
  /** The folder holding `<id>/handler.ts`. */
  readonly rulesDir: string;
  /** Rules to build; undefined means every rule in the registry. */
  readonly ids: readonly string[] | undefined;
  /** Print each bundle's bytes by package. */
  readonly verbose: boolean;
}

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

const OPTIONS = {
  out: { type: 'string' },
  'rules-dir': { type: 'string' },
  ids: { type: 'string' },
  verbose: { type: 'boolean' },
} as const;

/** Node's own parser, strict: unknown options, positionals and a missing or option-like value are errors. */
function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new BuildArgumentError(argv.join(' '), `${error instanceof Error ? error.message : String(error)} (use --out, --rules-dir, --ids, --verbose)`);
  }
}

/** `[--out dist] [--rules-dir rules] [--ids a,b] [--verbose]` */
export function parseBuildArgs(argv: readonly string[]): BuildOptions {
  const values = parse(argv);
  let ids: string[] | undefined;
  if (values.ids !== undefined) {
    ids = values.ids.split(',').map((id) => id.trim());
    const bad = ids.find((id) => !ID.test(id));
    if (bad !== undefined) throw new BuildArgumentError(values.ids, `"${bad}" is not a rule id`);
  }
  return { outDir: values.out ?? 'dist', rulesDir: values['rules-dir'] ?? 'rules', ids, verbose: values.verbose ?? false };
}
