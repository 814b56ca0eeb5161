import { parseArgs } from 'node:util';

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

const OPTIONS = {
  dist: { type: 'string' },
  runs: { type: 'string' },
  warmup: { type: 'string' },
  check: { type: 'boolean' },
} as const;

function count(flag: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw new BenchArgumentError(flag, `needs a whole number of at least ${min}`);
  return Number(raw);
}

/** `[--dist dist] [--runs 21] [--warmup 3] [--check]`, read by Node's own strict parser. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let values;
  try {
    values = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new BenchArgumentError(argv.join(' '), `${error instanceof Error ? error.message : String(error)} (use --dist, --runs, --warmup, --check)`);
  }
  return {
    dist: values.dist ?? 'dist',
    runs: count('--runs', values.runs, 21, 1),
    warmup: count('--warmup', values.warmup, 3, 0),
    check: values.check ?? false,
  };
}
