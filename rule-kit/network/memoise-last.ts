/**
 * Caches a pure function of one object (a configuration item) for the most recent object asked
 * about. Several rules evaluate the same item one after another, in the Lambda and in the scanner
 * (`sg-open-ports` and `sg-authorized-ports` both analyse its ingress permissions); with this they
 * share one analysis. One entry gets every hit of that pattern; a WeakMap per item got no more and
 * made the scanner's collections slower (its entries are ephemerons V8 must trace at every GC).
 * Keys must be treated as immutable, as configuration items are, and so must the cached values:
 * callers get the same object every time. Errors are not cached: a malformed item throws afresh for
 * each rule (the same error from the same data), and such items are rare.
 */
export function memoiseLast<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  return (key) => {
    if (key === lastKey) return lastValue as V;
    const value = compute(key);
    lastKey = key;
    lastValue = value;
    return value;
  };
}
