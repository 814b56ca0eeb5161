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

/** `[--out dist] [--rules-dir rules] [--ids a,b] [--verbose]` */
export function parseBuildArgs(argv: readonly string[]): BuildOptions {
  let outDir = 'dist';
  let rulesDir = 'rules';
  let ids: string[] | undefined;
  let verbose = false;
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index] as string;
    const value = (): string => {
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) throw new BuildArgumentError(flag, 'needs a value');
      index++;
      return next;
    };
    switch (flag) {
      case '--out':
        outDir = value();
        break;
      case '--rules-dir':
        rulesDir = value();
        break;
      case '--ids': {
        const raw = value();
        ids = raw.split(',').map((id) => id.trim());
        const bad = ids.find((id) => !ID.test(id));
        if (bad !== undefined) throw new BuildArgumentError(raw, `"${bad}" is not a rule id`);
        break;
      }
      case '--verbose':
        verbose = true;
        break;
      default:
        throw new BuildArgumentError(flag, 'is not an option (use --out, --rules-dir, --ids, --verbose)');
    }
  }
  return { outDir, rulesDir, ids, verbose };
}
