/** Groups a stream into arrays of at most `size`: what batch APIs (BatchGetResourceConfig, 100 keys) take. */
export async function* inBatches<T>(source: AsyncIterable<T>, size: number): AsyncIterable<T[]> {
  let batch: T[] = [];
  for await (const value of source) {
    batch.push(value);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
