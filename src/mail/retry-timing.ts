// How long to wait before the next request: Graph's Retry-After when given, else exponential backoff.

/**
 * Milliseconds asked by a Retry-After header, which is either a number of seconds ("7") or an HTTP date
 * ("Wed, 21 Oct 2026 07:28:00 GMT", compared with `nowMs`). Null when absent or unreadable.
 */
export function retryAfterMs(header: string | null | undefined, nowMs: number): number | null {
  if (header === null || header === undefined) return null;
  const text = header.trim();
  if (text === "") return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return null; // "1.5" or "-3" are not HTTP dates
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}

export interface BackoffOptions {
  /** First wait, before jitter. */
  baseMs: number;
  /** Longest wait, before jitter. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, capMs: 30_000 };

/**
 * Exponential backoff with "equal jitter": the n-th retry (n ≥ 1) waits between half and all of
 * min(cap, base × 2^(n−1)). `random` returns a number in [0, 1) (injected for tests).
 */
export function backoffMs(retry: number, random: () => number, options: BackoffOptions = DEFAULT_BACKOFF): number {
  const n = Math.max(1, Math.floor(retry));
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** (n - 1));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * r);
}
