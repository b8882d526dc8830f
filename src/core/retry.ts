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
  maxRetries?: number | undefined;
  /** The first backoff delay; it doubles each retry. Default 1000 ms. */
  baseDelayMs?: number | undefined;
  /** The longest wait before a retry: backoff stops there; a server asking more is not retried. Default 30 s. */
  maxDelayMs?: number | undefined;
  /** A source of randomness in [0, 1) for jitter; tests pass a fixed one. */
  random?: (() => number) | undefined;
}

/**
 * Whether to retry after `failureCount` earlier retries (TanStack Query's `retry` signature):
 * never for 4xx, aborts and unknown failures; network, timeout, 429 and 5xx up to the limit,
 * unless the server asked for a longer wait than `maxDelayMs` (then the person decides, with
 * the countdown in front of them).
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
  const model = decodePermutiveError(error);
  return (
    failureCount < (policy.maxRetries ?? 3) &&
    model.retryable &&
    (model.retryAfterMs ?? 0) <= (policy.maxDelayMs ?? 30_000)
  );
}

/**
 * The wait before the next retry (TanStack Query's `retryDelay` signature): exactly what the
 * server asked (`Retry-After`, or `RateLimit-Reset` / `X-RateLimit-Reset`) when it asked,
 * otherwise exponential backoff with jitter, between half and all of
 * `baseDelayMs · 2^failureCount`, capped at `maxDelayMs`.
 *
 * @example
 * ```ts
 * retryDelay(2, error); // about 2–4 s without Retry-After
 * ```
 */
export function retryDelay(failureCount: number, error: unknown, policy: RetryPolicy = {}): number {
  const asked = decodePermutiveError(error).retryAfterMs;
  if (asked !== null) return asked;
  const backoff = Math.min(
    (policy.baseDelayMs ?? 1000) * 2 ** failureCount,
    policy.maxDelayMs ?? 30_000,
  );
  return Math.round(backoff * (0.5 + (policy.random ?? Math.random)() / 2));
}
