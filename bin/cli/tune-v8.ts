import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for a scan. A scan is a batch job of a few seconds over a large bundle (every rule and
 * the kit), and V8's defaults are made for long-running servers: it optimises a function early and
 * inlines generously, so on a 100,000-item scan here TurboFan compiled about 140 functions for 1.3 s
 * of CPU per thread (the worker thread compiles its own), more than a tenth of the scan. Optimising
 * later (a larger interrupt budget: only the truly hot functions, with more type feedback, so fewer
 * deoptimisations) and inlining less (smaller compilation units) cut the scan's CPU time by about a
 * sixth and its wall time by about as much (`npm run bench:scan`, alternating runs; see bin/README.md).
 * Process-wide, so the worker thread started later has them too.
 */
export function tuneV8ForScan(): void {
  setFlagsFromString('--interrupt-budget=600000');
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');
}
