/**
 * Runs tasks at most `concurrency` at a time, started in order, and yields their results in that same
 * order: the report does not depend on which account or Region answered first, and no more than
 * `concurrency` reads are in flight however many places there are.
 */
export async function* orderedPool<T>(tasks: readonly (() => Promise<T>)[], concurrency: number): AsyncIterable<T> {
  const limit = Math.max(1, Math.floor(concurrency));
  const settlers: { resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];
  const results = tasks.map(
    () =>
      new Promise<T>((resolve, reject) => {
        settlers.push({ resolve, reject });
      }),
  );
  // Awaited in order below; a rejection is seen there, not as an unhandled one meanwhile.
  for (const result of results) result.catch(() => undefined);
  let running = 0;
  let next = 0;
  const startMore = (): void => {
    while (running < limit && next < tasks.length) {
      const index = next;
      next += 1;
      running += 1;
      const settle = settlers[index];
      const task = tasks[index];
      if (settle === undefined || task === undefined) continue;
      task()
        .then(settle.resolve, settle.reject)
        .finally(() => {
          running -= 1;
          startMore();
        });
    }
  };
  startMore();
  for (const result of results) yield await result;
}
