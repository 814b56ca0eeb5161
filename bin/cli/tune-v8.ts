import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for a scan. A scan is a batch job of seconds over a large bundle (every rule and the
 * kit), and TurboFan inlines generously by default: on a 100,000-item scan here it compiled about 140
 * functions for 1.3 s of CPU per thread (the worker thread compiles its own), the largest (the S3 and
 * security-group analyses, item normalisation) 30 to 75 ms each, more than a tenth of the scan. With
 * a tenth of the default cumulative inlining budget (920 bytes of bytecode), compilation units stay
 * small: the 100,000-item scan took about a sixth less CPU and wall time (2.07 s → 1.72 s median of
 * six alternating runs), and the 1,000,000-item scan was unchanged (11.1–11.7 s → 11.6 s). A later
 * tier-up (a larger interrupt budget) helped the short scan as much but slowed the long one by a
 * tenth and raised its peak RSS to 300 MB: not used. Process-wide, so the worker thread has it too.
 */
export function tuneV8ForScan(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=50');
}
