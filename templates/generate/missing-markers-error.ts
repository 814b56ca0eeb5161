/** A markdown file lacks the markers around a table the generator writes. */
export class MissingMarkersError extends Error {
  override readonly name = 'MissingMarkersError';
  constructor(
    readonly path: string,
    readonly marker: string,
  ) {
    super(`${path} has no ${marker} markers around its generated table: put them back around the table`);
  }
}
