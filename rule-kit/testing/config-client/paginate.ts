import { InvalidNextTokenException } from '@aws-sdk/client-config-service';

const TOKEN_PREFIX = 'fake-page-';

/**
 * One page of `all`, Config-style: an opaque `nextToken` while more remain. A token this client did
 * not hand out is rejected as Config rejects it, so a handler that mangles tokens fails its test.
 */
export function paginate<T>(all: readonly T[], pageSize: number, token: string | undefined): { page: T[]; nextToken?: string } {
  const start = token === undefined || token === '' ? 0 : offsetOf(token);
  const end = start + pageSize;
  const page = all.slice(start, end);
  return end < all.length ? { page, nextToken: `${TOKEN_PREFIX}${end}` } : { page };
}

function offsetOf(token: string): number {
  const offset = token.startsWith(TOKEN_PREFIX) ? Number(token.slice(TOKEN_PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new InvalidNextTokenException({ message: `The nextToken ${token} is invalid`, $metadata: {} });
  }
  return offset;
}

/** The page size a request gets: its own limit (API default when absent), never above the test's page size. */
export function pageSizeFor(requested: number | undefined, apiDefault: number, testPageSize: number | undefined): number {
  const size = requested === undefined || requested <= 0 ? apiDefault : requested;
  return Math.max(1, Math.min(size, testPageSize ?? size));
}
