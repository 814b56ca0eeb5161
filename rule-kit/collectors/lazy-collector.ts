import type { Collector } from '../define-rule';

/**
 * A collector whose module loads the first time it runs. The AWS SDK clients a collector imports then
 * load in the Lambda only, never when its rule is imported (by the scanner, the pack generator, or a
 * test of `evaluate`).
 *
 * @example
 * export const rule = defineRule({
 *   ...,
 *   collector: lazyCollector(async () => (await import('./collector')).collectDetectors),
 * });
 */
export function lazyCollector(load: () => Promise<Collector>): Collector {
  return async function* collectOnceLoaded(context) {
    const collector = await load();
    yield* collector(context);
  };
}
