import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { RuleDefinition } from '../../rule-kit';
import { liveSource } from '../../rule-kit/scanner/sources';
import type { InputFailure } from '../../rule-kit/scanner/source';
import { resolveAwsPlaces } from './aws-places';
import type { AwsOptions } from './parse-command';
import type { ProgressLine } from './progress-line';

export interface CollectOutcome {
  readonly items: number;
  readonly failures: readonly InputFailure[];
}

/**
 * `config-rules collect`: runs the selected rules' collectors (only rules with one) in every account and
 * Region asked for and writes their items, notification shape, as JSON Lines (gzip when the name ends in
 * `.gz`). The file scans like any other input. Failures are returned, not written: the command reports
 * them and exits 2.
 */
export async function collect(options: {
  readonly rules: readonly RuleDefinition[];
  readonly output: string;
  readonly cwd: string;
  readonly aws: AwsOptions;
  readonly progress: ProgressLine;
}): Promise<CollectOutcome> {
  const places = await resolveAwsPlaces(options.aws);
  const source = liveSource({
    session: places.session,
    rules: options.rules.filter((rule) => rule.collector !== undefined),
    regions: places.regions,
    ...(places.accounts === undefined ? {} : { accounts: places.accounts }),
    ...(options.aws.roleName === undefined ? {} : { roleName: options.aws.roleName }),
    ...(options.aws.concurrency === undefined ? {} : { concurrency: options.aws.concurrency }),
    onProgress: (p) => options.progress.update(() => `collect: ${p.done}/${p.total} reads done, ${p.items.toLocaleString('en-US')} items`),
  });
  const failures: InputFailure[] = [];
  let items = 0;
  const lines = async function* () {
    for await (const input of source.inputs()) {
      if (input.kind === 'failure') {
        failures.push(input);
        continue;
      }
      if (input.kind !== 'items') continue;
      for await (const item of input.items()) {
        items += 1;
        yield `${JSON.stringify(item)}\n`;
      }
    }
  };
  const path = resolve(options.cwd, options.output);
  const stages: Writable[] = path.endsWith('.gz') ? [createGzip(), createWriteStream(path)] : [createWriteStream(path)];
  await pipeline(Readable.from(lines()), ...(stages as [Writable]));
  return { items, failures };
}
