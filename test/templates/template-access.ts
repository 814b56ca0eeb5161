import { isObject, type Json } from '../../templates/validate';

/** Reads a path like `Resources.X.Properties.Y` from a parsed template, failing the test when absent. */
export function at(value: Json | undefined, path: string): Json {
  let current: Json | undefined = value;
  for (const key of path.split('.')) {
    if (!isObject(current) || !(key in current)) throw new Error(`template has no ${path} (stopped at ${key})`);
    current = current[key];
  }
  return current as Json;
}

export function objectAt(value: Json | undefined, path: string): { [key: string]: Json } {
  const found = at(value, path);
  if (!isObject(found)) throw new Error(`${path} is not a mapping`);
  return found;
}
