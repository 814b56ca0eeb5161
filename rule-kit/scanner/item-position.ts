/**
 * Where a value sits in its file, so an error names it: the element of an item list (0-based, as
 * `configurationItems[index]`), the line of a JSON Lines file (1-based), or the whole top-level value.
 */
export type ItemPosition =
  | { readonly index: number }
  | { readonly line: number }
  | { readonly document: number };

/**
 * The position of an item in its input, as the report's errors name it.
 *
 * @example
 * describePosition({ index: 3 }); // 'item 3'
 */
export function describePosition(position: ItemPosition): string {
  if ('index' in position) return `item ${position.index}`;
  if ('line' in position) return `line ${position.line}`;
  return position.document === 0 ? 'document' : `document ${position.document}`;
}

/** `JSON.stringify(position)`, without the generic serialiser (once per evaluated item). */
export function positionJson(position: ItemPosition): string {
  if ('index' in position) return `{"index":${position.index}}`;
  if ('line' in position) return `{"line":${position.line}}`;
  return `{"document":${position.document}}`;
}
