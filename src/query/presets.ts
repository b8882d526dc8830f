import { type DefaultOptions, environmentManager, type Query } from '@tanstack/react-query';
import { decodePermutiveError, type RetryPolicy, retryDelay, shouldRetry } from '../core/index.js';

/**
 * A `retry` function for TanStack Query that follows the model: never for 4xx or aborts;
 * network, timeout, 429 and 5xx up to `maxRetries`. Never on the server (as TanStack Query
 * decides it), where its own default is no retry too: a failing prefetch must not stall a
 * server render.
 *
 * @example
 * ```ts
 * useQuery({ queryKey, queryFn, retry: permutiveRetry({ maxRetries: 5 }) });
 * ```
 */
export const permutiveRetry =
  (policy?: RetryPolicy) =>
  (failureCount: number, error: unknown): boolean =>
    !environmentManager.isServer() && shouldRetry(failureCount, error, policy);

/**
 * A `retryDelay` function that waits exactly what the server asked (`Retry-After`, or
 * `RateLimit-Reset` / `X-RateLimit-Reset`) and otherwise backs off exponentially with jitter.
 *
 * @example
 * ```ts
 * useQuery({ queryKey, queryFn, retryDelay: permutiveRetryDelay({ maxDelayMs: 10_000 }) });
 * ```
 */
export const permutiveRetryDelay =
  (policy?: RetryPolicy) =>
  (failureCount: number, error: unknown): number =>
    retryDelay(failureCount, error, policy);

/**
 * A `throwOnError` preset: first-load failures worth retrying (network, timeout, 429 and 5xx) go
 * to the nearest error boundary; 4xx stay inline, and so does any failure over data already shown.
 *
 * @example
 * ```ts
 * useQuery({ queryKey, queryFn, throwOnError: throwRetryableErrors });
 * ```
 */
export function throwRetryableErrors(error: unknown, query: Pick<Query, 'state'>): boolean {
  return decodePermutiveError(error).retryable && query.state.data === undefined;
}

/**
 * A `throwOnError` preset that sends every failure but an abort to the nearest boundary.
 *
 * @example
 * ```ts
 * useQuery({ queryKey, queryFn, throwOnError: throwAllErrors });
 * ```
 */
export function throwAllErrors(error: unknown): boolean {
  return decodePermutiveError(error).kind !== 'aborted';
}

/**
 * Options of {@link permutiveQueryDefaults}.
 *
 * @example
 * ```ts
 * permutiveQueryDefaults({ maxRetries: 2, throwOnError: 'retryable' });
 * ```
 */
export interface PermutiveQueryDefaultsOptions extends RetryPolicy {
  /**
   * Which query failures go to error boundaries: `none` (default: every failure stays with its
   * query, so a page without a boundary never goes blank), `retryable` (first-load network,
   * timeout, 429 and 5xx; put a `PermutiveErrorBoundary` above those queries) or `all`.
   */
  throwOnError?: 'retryable' | 'all' | 'none' | undefined;
}

/**
 * Default options for a `QueryClient`: the retry policy for queries, no automatic retry for
 * mutations (they are not always safe to repeat). No failure goes to an error boundary unless
 * `throwOnError` asks for it.
 *
 * @example
 * ```ts
 * const client = new QueryClient({ defaultOptions: permutiveQueryDefaults() });
 * ```
 */
export function permutiveQueryDefaults(
  options: PermutiveQueryDefaultsOptions = {},
): DefaultOptions {
  const { throwOnError = 'none', ...policy } = options;
  return {
    queries: {
      retry: permutiveRetry(policy),
      retryDelay: permutiveRetryDelay(policy),
      throwOnError:
        throwOnError === 'all'
          ? throwAllErrors
          : throwOnError === 'retryable'
            ? throwRetryableErrors
            : false,
    },
    mutations: { retry: false },
  };
}
