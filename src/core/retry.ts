import { decodePermutiveError } from './decode.js';

/**
 * Options of the retry policy.
 *
 * @example
 * ```ts
 * const policy: RetryPolicy = { maxRetries: 5, maxDelayMs: 10_000 };
 * ```
 */
export interface RetryPolicy {
  /** Retries after the first failure, for retryable kinds only. Default 3. */
  maxRetries?: number;
  /** The first backoff delay; it doubles each retry. Default 1000 ms. */
  baseDelayMs?: number;
  /** The longest backoff delay, and the cap on a server's `Retry-After`. Default 30 s. */
  maxDelayMs?: number;
  /** A source of randomness in [0, 1) for jitter; tests pass a fixed one. */
  random?: () => number;
}

/**
 * Whether to retry after `failureCount` earlier retries (TanStack Query's `retry` signature):
 * never for 4xx, aborts and unknown failures; network, timeout, 429 and 5xx up to the limit.
 *
 * @example
 * ```ts
 * new QueryClient({ defaultOptions: { queries: { retry: (n, e) => shouldRetry(n, e) } } });
 * ```
 */
export function shouldRetry(
  failureCount: number,
  error: unknown,
  policy: RetryPolicy = {},
): boolean {
  return failureCount < (policy.maxRetries ?? 3) && decodePermutiveError(error).retryable;
}

/**
 * The wait before the next retry (TanStack Query's `retryDelay` signature): the server's
 * `Retry-After` when it sent one (capped at `maxDelayMs`), otherwise exponential backoff with
 * jitter, between half and all of `baseDelayMs · 2^failureCount`, capped.
 *
 * @example
 * ```ts
 * retryDelay(2, error); // about 2–4 s without Retry-After
 * ```
 */
export function retryDelay(failureCount: number, error: unknown, policy: RetryPolicy = {}): number {
  const max = policy.maxDelayMs ?? 30_000;
  const asked = decodePermutiveError(error).retryAfterMs;
  if (asked !== null) return Math.min(asked, max);
  const backoff = Math.min((policy.baseDelayMs ?? 1000) * 2 ** failureCount, max);
  return Math.round(backoff * (0.5 + (policy.random ?? Math.random)() / 2));
}
