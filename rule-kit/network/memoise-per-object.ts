/**
 * Caches a pure function of one object (a configuration item) for as long as that object lives.
 * Several rules evaluate the same item (`sg-open-ports` and `sg-authorized-ports` both analyse its
 * ingress permissions); with this they share one analysis. Keys must be treated as immutable, as
 * configuration items are, and so must the cached values: callers get the same object every time.
 * Errors are not cached: a malformed item throws afresh for each rule (the same error from the same
 * data), and such items are rare.
 */
export function memoisePerObject<K extends object, V extends object>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
