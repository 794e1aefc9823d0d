/** Pagination as AWS does it: opaque tokens, page sizes capped at the API maximum. */

/** Reads an opaque token back to an offset (tokens are `<prefix>:<offset>` in base64). */
export function offsetOf(token: string | undefined, prefix: string): number {
  if (!token) return 0;
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const [p, n] = decoded.split(':');
  if (p !== prefix || n === undefined || !/^\d+$/.test(n)) throw Object.assign(new Error(`Invalid pagination token`), { name: 'InvalidParameterValueException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
  return Number(n);
}

export function tokenFor(offset: number, prefix: string): string {
  return Buffer.from(`${prefix}:${offset}`).toString('base64');
}

/** One page of `items` from a token, with `size` clamped to [1, max]. */
export function page<T>(items: readonly T[], token: string | undefined, requested: number | undefined, max: number, prefix: string): { items: T[]; next?: string } {
  const size = Math.max(1, Math.min(requested ?? max, max));
  const start = offsetOf(token, prefix);
  const slice = items.slice(start, start + size);
  const end = start + slice.length;
  return end < items.length ? { items: slice, next: tokenFor(end, prefix) } : { items: slice };
}

/** DynamoDB-style paging by exclusive start key (a name). */
export function pageAfter<T>(items: readonly T[], key: (t: T) => string, startAfter: string | undefined, requested: number | undefined, max: number): { items: T[]; last?: string } {
  const size = Math.max(1, Math.min(requested ?? max, max));
  const start = startAfter === undefined ? 0 : items.findIndex((t) => key(t) === startAfter) + 1;
  const slice = items.slice(start, start + size);
  const lastItem = slice[slice.length - 1];
  return start + slice.length < items.length && lastItem !== undefined ? { items: slice, last: key(lastItem) } : { items: slice };
}
