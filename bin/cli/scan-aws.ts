import type { RuleDefinition } from '../../rule-kit';
import type { SourceKind } from '../../rule-kit/scanner/not-evaluated';
import type { ScanSource } from '../../rule-kit/scanner/source';
import { bucketSource, isS3Url, liveSource } from '../../rule-kit/scanner/sources';
import { resolveAwsPlaces } from './aws-places';
import type { AwsOptions } from './parse-command';
import type { ProgressLine } from './progress-line';

/** Whether a scan reads AWS (and so needs credentials): `--live`, or an `s3://` PATH. */
export function readsAws(live: boolean, paths: readonly string[]): boolean {
  return live || paths.some(isS3Url);
}

/** The AWS sources of a scan: the live account(s) and every `s3://` PATH, once the credentials are checked. */
export async function awsSources(options: {
  readonly live: boolean;
  readonly paths: readonly string[];
  readonly rules: readonly RuleDefinition[];
  readonly aws: AwsOptions;
  readonly progress: ProgressLine;
}): Promise<{ readonly sources: readonly ScanSource[]; readonly kind: SourceKind }> {
  const places = await resolveAwsPlaces(options.aws);
  const sources: ScanSource[] = [];
  if (options.live) {
    sources.push(
      liveSource({
        session: places.session,
        rules: options.rules,
        regions: places.regions,
        ...(places.accounts === undefined ? {} : { accounts: places.accounts }),
        ...(options.aws.roleName === undefined ? {} : { roleName: options.aws.roleName }),
        ...(options.aws.aggregator === undefined ? {} : { aggregator: options.aws.aggregator }),
        ...(options.aws.concurrency === undefined ? {} : { concurrency: options.aws.concurrency }),
        onProgress: (p) => options.progress.update(() => `live: ${p.done}/${p.total} reads done, ${p.items.toLocaleString('en-US')} items`),
      }),
    );
  }
  const regions = options.aws.regions === undefined || options.aws.regions === 'all' ? undefined : options.aws.regions;
  for (const url of options.paths.filter(isS3Url)) {
    sources.push(bucketSource({ session: places.session, url, ...(regions === undefined ? {} : { regions }) }));
  }
  return { sources, kind: options.live ? 'live' : 'bucket' };
}
