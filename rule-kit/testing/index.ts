export { FixtureFileError } from './fixture-file-error';
export { loadItem, loadItems } from './load-items';
export { evaluateWith } from './evaluate-with';
export { expectVerdict } from './expect-verdict';
export type { ExpectedVerdict } from './expect-verdict';
export { toApiItem } from './to-api-item';
export * from './events';
export * from './config-client';
export * from './arbitraries';
