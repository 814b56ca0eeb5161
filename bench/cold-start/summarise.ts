import { median } from '../statistics';

export interface BundleTiming {
  readonly id: string;
  readonly zipBytes: number;
  /** Wall-clock milliseconds of each fresh `node` process that loaded the bundle. */
  readonly samples: readonly number[];
}

export interface BundleResult {
  readonly id: string;
  readonly zipBytes: number;
  readonly medianMs: number;
  /** This bundle's median over bare node's median. */
  readonly ratio: number;
}

export interface ColdStartSummary {
  readonly bareMedianMs: number;
  readonly bundles: readonly BundleResult[];
  /** The median of the per-bundle ratios: the typical rule. */
  readonly medianRatio: number;
  /** The largest per-bundle ratio: the slowest rule. */
  readonly worstRatio: number;
  readonly meetsTargets: boolean;
}

/** Targets from the deploy issue: the median rule at most 2x bare node, the worst at most 3x. */
export const TARGETS = { medianRatio: 2, worstRatio: 3 } as const;

export function summarise(bare: readonly number[], timings: readonly BundleTiming[]): ColdStartSummary {
  const bareMedianMs = median(bare);
  const bundles = timings.map((timing) => {
    const medianMs = median(timing.samples);
    return { id: timing.id, zipBytes: timing.zipBytes, medianMs, ratio: medianMs / bareMedianMs };
  });
  const ratios = bundles.map((bundle) => bundle.ratio);
  const medianRatio = ratios.length === 0 ? 0 : median(ratios);
  const worstRatio = ratios.length === 0 ? 0 : Math.max(...ratios);
  return {
    bareMedianMs,
    bundles,
    medianRatio,
    worstRatio,
    meetsTargets: medianRatio <= TARGETS.medianRatio && worstRatio <= TARGETS.worstRatio,
  };
}

/** A Markdown table, ready to paste into the README. */
export function formatSummary(summary: ColdStartSummary): string {
  const lines = [
    '| bundle | zip size | median load | x bare node |',
    '|---|---:|---:|---:|',
    `| bare \`node -e 0\` | - | ${summary.bareMedianMs.toFixed(1)} ms | 1.00 |`,
    ...summary.bundles.map(
      (bundle) => `| ${bundle.id} | ${(bundle.zipBytes / 1024).toFixed(1)} KiB | ${bundle.medianMs.toFixed(1)} ms | ${bundle.ratio.toFixed(2)} |`,
    ),
    '',
    `Median rule: ${summary.medianRatio.toFixed(2)}x bare node (target <= ${TARGETS.medianRatio}x); ` +
      `worst rule: ${summary.worstRatio.toFixed(2)}x (target <= ${TARGETS.worstRatio}x): ${summary.meetsTargets ? 'targets met' : 'TARGETS MISSED'}.`,
  ];
  return lines.join('\n');
}
