import { InvalidParameterError } from '../errors';
import type { ParameterSpecs, ParameterValues } from './parameter-spec';

/** Raw rule parameters as they arrive: usually strings; the console and some tools send numbers or booleans. */
export type RawParameters = Readonly<Record<string, unknown>>;

/**
 * Coerces and validates every declared parameter once, up front. An empty or whitespace value means
 * "not set" (a conformance pack with an empty parameter drops the key; some tools send "" instead).
 * Undeclared keys are errors: a misspelt `blockedPort` silently ignored would weaken a security rule.
 *
 * @example
 * const params = parseParameters(rule.parameters, { blockedPorts: '22,3389' }); // { blockedPorts: [22, 3389], ... }
 */
export function parseParameters<P extends ParameterSpecs>(specs: P, raw: RawParameters): ParameterValues<P> {
  for (const key of Object.keys(raw)) {
    if (!Object.prototype.hasOwnProperty.call(specs, key)) {
      const known = Object.keys(specs);
      throw new InvalidParameterError(
        key,
        raw[key],
        known.length === 0 ? 'this rule takes no parameters' : `unknown parameter; expected one of ${known.join(', ')}`,
      );
    }
  }
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const text = toText(name, raw[name]);
    if (text === undefined) {
      if (spec.required && spec.default === undefined) throw new InvalidParameterError(name, raw[name], 'is required');
      values[name] = spec.default;
    } else {
      values[name] = spec.parse(text, name);
    }
  }
  return values as ParameterValues<P>;
}

function toText(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join(',');
  if (typeof value !== 'string') throw new InvalidParameterError(name, value, 'expected a string value');
  return value.trim() === '' ? undefined : value;
}
