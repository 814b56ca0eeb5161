import { PLACEHOLDERS } from './placeholders';
import type { PropertyPaths } from './resource-schema';

type Tree = { [key: string]: Tree | string | number | boolean };

/**
 * Dotted schema paths to nested objects with typed placeholders. The schema (written for SelectResources
 * queries) flattens lists, so a list of objects appears as one object and a list of scalars as one scalar.
 * When a path is both a value and a parent (`state` and `state.value`), the parent wins.
 */
export function nestProperties(paths: PropertyPaths): Record<string, unknown> {
  const root: Tree = {};
  for (const [path, type] of Object.entries(paths)) {
    const keys = path.split('.');
    const leaf = keys.pop();
    if (leaf === undefined) continue;
    let node = root;
    for (const key of keys) {
      const next = node[key];
      if (typeof next === 'object') {
        node = next;
      } else {
        const child: Tree = {};
        node[key] = child;
        node = child;
      }
    }
    if (typeof node[leaf] !== 'object') node[leaf] = PLACEHOLDERS[type];
  }
  return root;
}
