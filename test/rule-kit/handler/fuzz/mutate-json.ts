import fc from 'fast-check';

/** A step into a JSON value: a key of an object or an index of an array. */
export type JsonPath = readonly (string | number)[];

/** Every path inside `value` (the root excluded), parents before children. */
export function pathsOf(value: unknown, prefix: JsonPath = []): JsonPath[] {
  if (Array.isArray(value)) return value.flatMap((child, index) => [[...prefix, index], ...pathsOf(child, [...prefix, index])]);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
  }
  return [];
}

export function parsePath(text: string): JsonPath {
  return text.split('.').map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}

export function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const step of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/** One change to a JSON document: a value removed, or replaced (added when absent). */
export type Mutation = { readonly kind: 'delete'; readonly path: JsonPath } | { readonly kind: 'set'; readonly path: JsonPath; readonly value: unknown };

/** A deep copy of `root` with the mutation applied; paths through non-containers are left alone. */
export function applyMutation(root: unknown, mutation: Mutation): unknown {
  const copy = structuredClone(root);
  const parentPath = mutation.path.slice(0, -1);
  const last = mutation.path[mutation.path.length - 1];
  const parent = parentPath.length === 0 ? copy : valueAt(copy, parentPath);
  if (last === undefined || typeof parent !== 'object' || parent === null) return mutation.kind === 'set' && last === undefined ? mutation.value : copy;
  const container = parent as Record<string | number, unknown>;
  if (mutation.kind === 'set') container[last] = mutation.value;
  else if (Array.isArray(container) && typeof last === 'number') container.splice(last, 1);
  else delete container[last];
  return copy;
}

/** Values a hostile or broken producer could put anywhere: odd scalars, empty and nested containers, text that looks like data. */
export const arbHostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, '', ' ', 0, -1, 1.5, 1e21, -0, true, false, '*', 'true', 'null', '0.0.0.0/0', '::/0', '-1', '65536', '[]', '{}', '{"a":', [], {}, [null], [[]], { '': null }),
  fc.constantFrom('\ud800', 'x'.repeat(800), '2026-13-45T99:99:99Z', '1e400', 'AWS::EC2::SecurityGroup', 'ResourceDeleted', { __proto__: null, constructor: 1 }, { toString: 'x', valueOf: 1 }),
  // The SDK turns wire timestamps into Dates, out-of-range ones into invalid Dates.
  fc.date({ noInvalidDate: false }),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.jsonValue({ maxDepth: 2 }),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withObjectString: true, withBoxedValues: false }),
);

/** Mutations anywhere in `base`: a path of it (or a new key beside one), deleted or replaced. */
export function arbMutations(base: unknown, maxLength = 4): fc.Arbitrary<Mutation[]> {
  const paths = pathsOf(base);
  const arbPath: fc.Arbitrary<JsonPath> =
    paths.length === 0
      ? fc.constant([])
      : fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...paths) },
          { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...paths), fc.string({ maxLength: 8 })).map(([path, key]) => [...path.slice(0, -1), key]) },
        );
  const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
    arbPath.map((path): Mutation => ({ kind: 'delete', path })),
    fc.tuple(arbPath, arbHostileValue).map(([path, value]): Mutation => ({ kind: 'set', path, value })),
  );
  return fc.array(arbMutation, { minLength: 1, maxLength });
}

export function applyMutations(base: unknown, mutations: readonly Mutation[]): unknown {
  return mutations.reduce(applyMutation, base);
}

/**
 * A value of another JSON type than `original` (and than `alsoRead`, types the kit reads as meaningful
 * too), or none at all: what a required field looks like when it is missing or malformed. Strings are never valid JSON, so a value Config may store as a JSON
 * string cannot come back as a valid one.
 */
export type JsonKind = 'null' | 'number' | 'boolean' | 'string' | 'array' | 'object';

export function arbWrongType(original: unknown, alsoRead: readonly JsonKind[] = []): fc.Arbitrary<{ readonly value: unknown } | 'delete'> {
  const kind = Array.isArray(original) ? 'array' : original === null ? 'null' : typeof original;
  const wrong = (other: JsonKind) => other !== kind && !alsoRead.includes(other);
  const candidates: fc.Arbitrary<unknown>[] = [];
  if (wrong('null')) candidates.push(fc.constant(null));
  if (wrong('number')) candidates.push(fc.integer(), fc.constantFrom(0, -1, 1.5));
  if (wrong('boolean')) candidates.push(fc.boolean());
  if (wrong('string')) {
    candidates.push(
      fc.string({ maxLength: 10 }).filter((text) => {
        try {
          JSON.parse(text);
          return false;
        } catch {
          return true;
        }
      }),
    );
  }
  if (wrong('array')) candidates.push(fc.constantFrom<unknown[]>([], [null], ['*']));
  if (wrong('object')) candidates.push(fc.constantFrom<unknown>({}, { a: 1 }));
  return fc.oneof(fc.constant('delete' as const), fc.oneof(...candidates).map((value) => ({ value })));
}
