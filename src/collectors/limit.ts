/** A small concurrency limiter: at most `max` tasks run at once (style rule 13). */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) throw new Error(`concurrency must be a positive integer, got ${max}`);
  let active = 0;
  const queue: (() => void)[] = [];
  const release = (): void => {
    active -= 1;
    queue.shift()?.();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= max) await new Promise<void>((resolve) => queue.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}

/** Runs `fn` over `items` with at most `max` in flight; resolves when all have settled. */
export async function forEachLimit<T>(items: Iterable<T>, max: number, fn: (item: T) => Promise<void>): Promise<void> {
  const limit = createLimiter(max);
  await Promise.all([...items].map((item) => limit(() => fn(item))));
}
