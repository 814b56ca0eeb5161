import type { TypeProperties } from '../sample-item';

/**
 * The check a new rule starts with, per resource type: a real one the author then edits. A top-level
 * boolean configuration field must be present and true; a type without one gets a top-level string that
 * must be present and not empty. Nested fields are not chosen: the schema flattens lists, so a nested
 * path may run through a list in the recorded item.
 */
export type StarterCheck =
  | { readonly resourceType: string; readonly kind: 'true'; readonly field: string }
  | { readonly resourceType: string; readonly kind: 'non-empty'; readonly field: string };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Prefers a field named like a word of the rule id (`volume-encrypted` -> `encrypted`), then the first by name. */
function pick(fields: readonly string[], id: string): string | undefined {
  const words = id.split('-').filter((word) => word.length >= 3);
  const named = fields.find((field) => words.some((word) => field.toLowerCase().includes(word)));
  return named ?? fields[0];
}

export function chooseStarterCheck(id: string, resourceType: string, properties: TypeProperties | undefined): StarterCheck | undefined {
  const topLevel = Object.entries(properties?.configuration ?? {})
    .filter(([path]) => !path.includes('.') && IDENTIFIER.test(path))
    .sort(([a], [b]) => a.localeCompare(b));
  const booleans = topLevel.filter(([, type]) => type === 'boolean').map(([path]) => path);
  const field = pick(booleans, id);
  if (field !== undefined) return { resourceType, kind: 'true', field };
  const strings = topLevel.filter(([, type]) => type === 'string').map(([path]) => path);
  const text = pick(strings, id);
  return text === undefined ? undefined : { resourceType, kind: 'non-empty', field: text };
}
