import { isObject, type Json } from '../../templates/validate';

/** Reads a path like `Resources.X.Properties.Y` (list items by index) from a parsed template; throws when absent. */
export function at(value: Json | undefined, path: string): Json {
  let current: Json | undefined = value;
  for (const key of path.split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(key) && Number(key) < current.length) current = current[Number(key)];
    else if (isObject(current) && key in current) current = current[key];
    else throw new Error(`template has no ${path} (stopped at ${key})`);
  }
  return current as Json;
}

export function objectAt(value: Json | undefined, path: string): { [key: string]: Json } {
  const found = at(value, path);
  if (!isObject(found)) throw new Error(`${path} is not a mapping`);
  return found;
}
