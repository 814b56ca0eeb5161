export { configResultsHandler } from './config-results-handler';
export type { PreviousResult, ReceivedEvaluations } from './config-results-handler';
export { ec2SnapshotsHandler } from './ec2-snapshots-handler';
export { BENCH_ACCOUNT, BENCH_REGION, fakeAccount } from './fake-account';
export { measureRun } from './measure-run';
export type { Measurement, RunOptions } from './measure-run';
export { PAGE_LIMITS, pagingFloor } from './paging-floor';
export type { PeriodicWorkload } from './paging-floor';
export { checkMeasurement, formatMeasurement } from './report-measurement';
