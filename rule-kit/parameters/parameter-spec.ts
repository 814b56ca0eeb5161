import { InvalidParameterError } from '../errors';

/** An inclusive port range, as `443` or `1020-1025` in a parameter value. */
export interface PortRange {
  readonly from: number;
  readonly to: number;
}

export type ParameterKind = 'string' | 'integer' | 'boolean' | 'stringList' | 'integerList' | 'portRangeList';

/**
 * One declared rule parameter. Values reach a rule as strings (conformance packs, the console) and are
 * coerced once, up front, by `parse`; `format` renders a default back to the string a pack carries.
 */
export interface ParameterSpec<T> {
  readonly kind: ParameterKind;
  readonly description: string;
  readonly default?: T;
  readonly required: boolean;
  parse(raw: string, name: string): T;
  format(value: T): string;
}

/** Keeps, in the type, whether a spec has a default or is required, so `evaluate` sees `T` not `T | undefined`. */
export type Spec<T, O> = ParameterSpec<T> &
  (O extends { readonly default: unknown } ? { readonly default: T } : unknown) &
  (O extends { readonly required: true } ? { readonly required: true } : unknown);

interface Options<T> {
  readonly description: string;
  readonly default?: T;
  readonly required?: boolean;
}

interface IntegerOptions extends Options<number> {
  readonly min?: number;
  readonly max?: number;
}

function spec<T, O extends Options<T>>(
  kind: ParameterKind,
  options: O,
  parse: (raw: string, name: string) => T,
  format: (value: T) => string,
): Spec<T, O> {
  const base = { kind, description: options.description, required: options.required ?? false, parse, format };
  return (options.default === undefined ? base : { ...base, default: options.default }) as Spec<T, O>;
}

function parseInteger(raw: string, name: string, min?: number, max?: number, whole = raw): number {
  const text = raw.trim();
  if (!/^[+-]?\d+$/.test(text)) throw new InvalidParameterError(name, whole, `"${text}" is not a whole number`);
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new InvalidParameterError(name, whole, `"${text}" is too large`);
  if (min !== undefined && value < min) throw new InvalidParameterError(name, whole, `${value} is below ${min}`);
  if (max !== undefined && value > max) throw new InvalidParameterError(name, whole, `${value} is above ${max}`);
  return value;
}

function splitList(raw: string, name: string): string[] {
  const items = raw.split(',').map((part) => part.trim());
  if (items.some((part) => part === '')) {
    throw new InvalidParameterError(name, raw, 'has an empty element; separate values with single commas');
  }
  return items;
}

const PORT_MIN = 0;
const PORT_MAX = 65535;

function parsePortRange(part: string, name: string, raw: string): PortRange {
  const bounds = part.split('-');
  if (bounds.length > 2) throw new InvalidParameterError(name, raw, `"${part}" is not a port or a range like 1020-1025`);
  const from = parseInteger(bounds[0] ?? '', name, PORT_MIN, PORT_MAX, raw);
  const to = bounds[1] === undefined ? from : parseInteger(bounds[1], name, PORT_MIN, PORT_MAX, raw);
  if (to < from) throw new InvalidParameterError(name, raw, `range "${part}" ends before it starts`);
  return { from, to };
}

/** A copy without the g/y flags, whose remembered lastIndex would make `test` depend on earlier calls. */
function stateless(pattern: RegExp | undefined): RegExp | undefined {
  return pattern && new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
}

/** Builders for parameter specs, in the spirit of zod: `param.integer({ description, default: 90, min: 1 })`. */
export const param = {
  string<const O extends Options<string> & { readonly pattern?: RegExp }>(options: O): Spec<string, O> {
    const pattern = stateless(options.pattern);
    return spec(
      'string',
      options,
      (raw, name) => {
        const text = raw.trim();
        if (pattern && !pattern.test(text)) {
          throw new InvalidParameterError(name, raw, `does not match ${String(options.pattern)}`);
        }
        return text;
      },
      (value) => value,
    );
  },

  integer<const O extends IntegerOptions>(options: O): Spec<number, O> {
    return spec('integer', options, (raw, name) => parseInteger(raw, name, options.min, options.max), String);
  },

  boolean<const O extends Options<boolean>>(options: O): Spec<boolean, O> {
    return spec(
      'boolean',
      options,
      (raw, name) => {
        const text = raw.trim().toLowerCase();
        if (text === 'true') return true;
        if (text === 'false') return false;
        throw new InvalidParameterError(name, raw, 'expected true or false');
      },
      (value) => (value ? 'true' : 'false'),
    );
  },

  stringList<const O extends Options<readonly string[]> & { readonly pattern?: RegExp }>(options: O): Spec<readonly string[], O> {
    const pattern = stateless(options.pattern);
    return spec<readonly string[], O>(
      'stringList',
      options,
      (raw, name) => {
        const items = splitList(raw, name);
        const bad = pattern ? items.find((item) => !pattern.test(item)) : undefined;
        if (bad !== undefined) throw new InvalidParameterError(name, raw, `"${bad}" does not match ${String(options.pattern)}`);
        return items;
      },
      (value) => value.join(','),
    );
  },

  integerList<const O extends Options<readonly number[]> & { readonly min?: number; readonly max?: number }>(
    options: O,
  ): Spec<readonly number[], O> {
    return spec<readonly number[], O>(
      'integerList',
      options,
      (raw, name) => splitList(raw, name).map((part) => parseInteger(part, name, options.min, options.max, raw)),
      (value) => value.join(','),
    );
  },

  /** Ports and inclusive ranges: `443,1020-1025`. */
  portRangeList<const O extends Options<readonly PortRange[]>>(options: O): Spec<readonly PortRange[], O> {
    return spec<readonly PortRange[], O>(
      'portRangeList',
      options,
      (raw, name) => splitList(raw, name).map((part) => parsePortRange(part, name, raw)),
      (value) => value.map((range) => (range.from === range.to ? String(range.from) : `${range.from}-${range.to}`)).join(','),
    );
  },
} as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance: a spec of T both takes and gives T
export type AnyParameterSpec = ParameterSpec<any>;
export type ParameterSpecs = Readonly<Record<string, AnyParameterSpec>>;

type ValueOf<S> = S extends ParameterSpec<infer T> ? T : never;

/** The coerced values a rule's `evaluate` receives: present when defaulted or required. */
export type ParameterValues<P extends ParameterSpecs> = {
  readonly [K in keyof P]: P[K] extends { readonly default: unknown } | { readonly required: true }
    ? ValueOf<P[K]>
    : ValueOf<P[K]> | undefined;
};
