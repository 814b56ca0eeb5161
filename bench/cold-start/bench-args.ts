export class BenchArgumentError extends Error {
  override readonly name = 'BenchArgumentError';
  constructor(
    readonly argument: string,
    readonly reason: string,
  ) {
    super(`Invalid cold-start argument ${JSON.stringify(argument)}: ${reason}`);
  }
}

export interface BenchOptions {
  /** Folder of the built zips. */
  readonly dist: string;
  /** Measured runs per bundle (and of bare node). */
  readonly runs: number;
  /** Unmeasured runs first, to warm the file cache. */
  readonly warmup: number;
  /** Exit non-zero when the targets are missed. */
  readonly check: boolean;
}

/** `[--dist dist] [--runs 21] [--warmup 3] [--check]` */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let dist = 'dist';
  let runs = 21;
  let warmup = 3;
  let check = false;
  const count = (flag: string, raw: string | undefined, min: number): number => {
    if (raw === undefined || !/^\d+$/.test(raw) || Number(raw) < min) throw new BenchArgumentError(flag, `needs a whole number of at least ${min}`);
    return Number(raw);
  };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index] as string;
    switch (flag) {
      case '--dist': {
        const value = argv[++index];
        if (value === undefined || value.startsWith('--')) throw new BenchArgumentError(flag, 'needs a folder');
        dist = value;
        break;
      }
      case '--runs':
        runs = count(flag, argv[++index], 1);
        break;
      case '--warmup':
        warmup = count(flag, argv[++index], 0);
        break;
      case '--check':
        check = true;
        break;
      default:
        throw new BenchArgumentError(flag, 'is not an option (use --dist, --runs, --warmup, --check)');
    }
  }
  return { dist, runs, warmup, check };
}
