import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for a scan. A scan is a batch job of seconds over a large bundle (every rule and the
 * kit), run by two isolates that each compile the same hot functions, on a machine whose two cores
 * the compiler threads share with the scan. TurboFan's defaults suit long-running servers:
 *
 * - It inlines generously: on a 100,000-item scan it compiled about 140 functions for 1.3 s of CPU
 *   per thread, the largest (the S3 and security-group analyses, item normalisation) 30 to 75 ms
 *   each. A tenth of the default cumulative inlining budget (920 bytes of bytecode) keeps compilation
 *   units small: 2.07 s → 1.72 s (median of six alternating runs), 1,000,000 items unchanged.
 * - It inlines array builtins (`map`, `filter`, `forEach`, `sort` with their callbacks) and peels
 *   loops, which made the rules' list-walking functions the costliest compilations left, several of
 *   them compiled again after a deoptimisation (JSON-parsed objects bring new shapes). Without both:
 *   TurboFan's CPU over both isolates 0.92–1.18 s → 0.66–0.69 s, the scan 1.87 s → 1.62 s (medians of
 *   ten alternating runs; fastest 1.67 s → 1.34 s), 1,000,000 items 12.2 s → 11.5 s.
 *
 * A later tier-up (a larger interrupt budget) helped the short scan as much as the first flag but
 * slowed the long one by a tenth and raised its peak RSS to 300 MB; no escape analysis, no load or
 * store elimination, a smaller or larger budget than 50: no gain beyond noise. Not used. These flags
 * only steer the optimising compiler, so they may be set at run time (GC flags may not: V8 aborts).
 * Process-wide, so the worker thread has them too.
 */
export function tuneV8ForScan(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=50');
  setFlagsFromString('--no-turbo-inline-array-builtins');
  setFlagsFromString('--no-turbo-loop-peeling');
}
