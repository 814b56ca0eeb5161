export { median } from '../statistics';
export { formatSummary, summarise, TARGETS } from './summarise';
export type { BundleResult, BundleTiming, ColdStartSummary } from './summarise';
export { BenchArgumentError, parseBenchArgs } from './bench-args';
export type { BenchOptions } from './bench-args';
export { BARE, ChildProcessFailedError, LOAD_BUNDLE, timeNode } from './measure';
