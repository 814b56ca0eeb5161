import { AwsFault } from './protocol';

/**
 * One page of a listing, as the services page: an opaque token (here the offset) and a page size capped
 * at the service's maximum. A token the stand-in did not hand out is refused as AWS refuses it.
 */
export function page<T>(all: readonly T[], token: unknown, requested: unknown, max: number): { readonly items: readonly T[]; readonly next?: string } {
  const start = token === undefined || token === null || token === '' ? 0 : Number.parseInt(String(token).replace(/^page-/, ''), 10);
  if (!Number.isInteger(start) || start < 0 || start > all.length) throw new AwsFault('InvalidNextTokenException', `invalid token ${String(token)}`);
  const asked = requested === undefined || requested === null || requested === '' || Number(requested) === 0 ? max : Number(requested);
  const size = Math.min(asked, max);
  const end = start + size;
  return { items: all.slice(start, end), ...(end < all.length ? { next: `page-${end}` } : {}) };
}
