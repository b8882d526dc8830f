import {
  onlineManager,
  type QueryKey,
  type UseInfiniteQueryResult,
  type UseMutationResult,
  type UseQueryResult,
  type UseSuspenseQueryResult,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useErrorModel } from '../components/useErrorModel.js';
import type { PermutiveErrorModel } from '../core/index.js';

/**
 * What `ErrorBanner` should show now, as its props: `<ErrorBanner {...banner} />`.
 */
export interface PermutiveBannerProps {
  /** The failure to show: the final error, else the latest failed attempt while retries continue. */
  error: PermutiveErrorModel | null;
  /** True while the request waits for the browser to be back online. */
  offline: boolean;
  /** True while a retry is under way (the banner says so quietly). */
  retrying: boolean;
  /** Tries again: refetches the query, or runs the mutation again. */
  onRetry: () => void;
}

/**
 * What {@link usePermutiveError} returns. Stable: the same object until one of its fields
 * changes, and `retry`/`reset` never change.
 */
export interface PermutiveErrorState {
  /** The decoded error once the query or mutation has failed (kept while it is tried again), else `null`. */
  error: PermutiveErrorModel | null;
  /** The latest failure, decoded, while retries may still be under way; else `null`. */
  failure: PermutiveErrorModel | null;
  /** Failed attempts in the current fetch or mutation. */
  failureCount: number;
  /** True while a retry of a failed attempt is under way. */
  isRetrying: boolean;
  /** When the server's `Retry-After` allows the next attempt (epoch ms), else `null`. */
  nextAttemptAt: number | null;
  /** True while the query or mutation waits for the browser to be back online (paused, or under way when the connection went). */
  isOffline: boolean;
  /**
   * Props for `ErrorBanner` from the first failed attempt on (quiet while retries continue), while
   * offline, and once the error is final; `null` while there is nothing to show.
   */
  banner: PermutiveBannerProps | null;
  /** Refetches the query, or runs the mutation again with its last variables. */
  retry: () => void;
  /**
   * Clears the error: `mutation.reset()`, or for a query `resetQueries` on `queryKey` when
   * given (else a refetch).
   */
  reset: () => void;
}

/**
 * Options of {@link usePermutiveError}.
 *
 * @example
 * ```ts
 * usePermutiveError(query, { queryKey: ['cohorts'] });
 * ```
 */
export interface UsePermutiveErrorOptions {
  /** The query's key, so that `reset` can reset the query to its initial state. */
  queryKey?: QueryKey | undefined;
}

type AnyQueryResult =
  | UseQueryResult<unknown, unknown>
  | UseSuspenseQueryResult<unknown, unknown>
  | UseInfiniteQueryResult<unknown, unknown>;

const subscribeOnline = (listener: () => void) => onlineManager.subscribe(listener);
const isOnline = () => onlineManager.isOnline();
const onServer = () => true;

/**
 * Decodes the error of a mutation, with retry state and actions.
 *
 * @example
 * ```tsx
 * const save = useMutation({ mutationFn: saveCohort });
 * const { error, banner, retry } = usePermutiveError(save);
 * ```
 */
export function usePermutiveError<TVariables>(
  result: UseMutationResult<unknown, unknown, TVariables, unknown>,
): PermutiveErrorState;
/**
 * Decodes the error of a query (`useQuery`, `useSuspenseQuery`, `useInfiniteQuery`), with retry
 * state and actions. It decodes once per error and adds no render of its own.
 *
 * @example
 * ```tsx
 * const query = useQuery({ queryKey: ['cohorts'], queryFn });
 * const { error, banner, retry } = usePermutiveError(query);
 * ```
 */
export function usePermutiveError(
  result: AnyQueryResult,
  options?: UsePermutiveErrorOptions,
): PermutiveErrorState;
export function usePermutiveError(
  result: AnyQueryResult | UseMutationResult<unknown, unknown, unknown, unknown>,
  options: UsePermutiveErrorOptions = {},
): PermutiveErrorState {
  const client = useQueryClient();
  const latest = useRef({ result, options, client });
  useEffect(() => {
    latest.current = { result, options, client };
  });

  const busy = 'mutate' in result ? result.isPending : result.isFetching;
  const latestError = useErrorModel(result.error);
  const latestFailure = useErrorModel(result.failureReason);
  // Trying again clears a first load's error (and a mutation's) while the new attempt runs; the
  // failure stays until it settles, so that a banner shows the retry instead of vanishing.
  const kept = useRef<PermutiveErrorModel | null>(null);
  const error = latestError ?? (busy ? kept.current : null);
  kept.current = error;
  const failure = result.failureReason === result.error ? error : latestFailure;
  const nextAttemptAt = useMemo(() => {
    const wait = failure?.retryAfterMs;
    return wait == null ? null : Date.now() + wait;
  }, [failure]);

  const retry = useCallback(() => {
    const current = latest.current.result;
    if ('mutate' in current) current.mutate(current.variables);
    else void current.refetch();
  }, []);
  const reset = useCallback(() => {
    const { result: current, options: given, client: queryClient } = latest.current;
    if ('mutate' in current) current.reset();
    else if (given.queryKey)
      void queryClient.resetQueries({ queryKey: given.queryKey, exact: true });
    else void current.refetch();
  }, []);

  const { failureCount } = result;
  // Fetching again over a failure (Try again) is retrying too, though its count starts afresh.
  const isRetrying = busy && (failureCount > 0 || error !== null);
  // Paused, or under way when the connection went (it will fail and pause, or may still land).
  // TanStack Query also pauses retries while the window is hidden: only offline is said.
  const online = useSyncExternalStore(subscribeOnline, isOnline, onServer);
  const paused = 'mutate' in result ? result.isPaused : result.fetchStatus === 'paused';
  const isOffline = !online && (paused || busy);
  // While retrying, the latest failure: after Try again, the new attempt's failure replaces the old.
  const shown = isRetrying ? (failure ?? error) : error;
  const banner = useMemo(
    () =>
      shown || isOffline
        ? { error: shown, offline: isOffline, retrying: isRetrying, onRetry: retry }
        : null,
    [shown, isOffline, isRetrying, retry],
  );
  return useMemo(
    () => ({
      error,
      failure,
      failureCount,
      isRetrying,
      nextAttemptAt,
      isOffline,
      banner,
      retry,
      reset,
    }),
    [error, failure, failureCount, isRetrying, nextAttemptAt, isOffline, banner, retry, reset],
  );
}
