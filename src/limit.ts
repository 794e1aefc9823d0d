/** Bounded concurrency, one limiter per fan-out level (style rule 13), on p-limit. */
import pLimit from 'p-limit';

export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/** At most `max` of the tasks given to the returned limiter run at once. */
export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) throw new Error(`concurrency must be a positive integer, got ${max}`);
  const limit = pLimit(max);
  return (task) => limit(task);
}

/** Runs `fn` over `items` with at most `max` in flight; resolves when all have settled. */
export async function forEachLimit<T>(items: Iterable<T>, max: number, fn: (item: T) => Promise<void>): Promise<void> {
  const limit = createLimiter(max);
  await Promise.all([...items].map((item) => limit(() => fn(item))));
}
