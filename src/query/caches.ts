import { type Mutation, MutationCache, type Query, QueryCache } from '@tanstack/react-query';
import { decodePermutiveError, type PermutiveErrorModel } from '../core/index.js';

/** Where a reported failure came from. */
export interface PermutiveErrorSource {
  /** The failed query, for query failures. */
  query?: Query<unknown, unknown, unknown>;
  /** The failed mutation, for mutation failures. */
  mutation?: Mutation<unknown, unknown, unknown, unknown>;
  /**
   * True when a query failed while it already had data on screen: the case for a toast
   * rather than replacing the page.
   */
  background: boolean;
}

/**
 * Options of {@link permutiveErrorCaches}.
 *
 * @example
 * ```ts
 * permutiveErrorCaches({ onError: (model) => log(model), onUnauthorized: () => signIn() });
 * ```
 */
export interface PermutiveErrorCachesOptions {
  /** Called once per distinct failure (aborts skipped) with its model and source. */
  onError?: (model: PermutiveErrorModel, source: PermutiveErrorSource) => void;
  /** Called once per burst of 401s, for re-authentication flows. */
  onUnauthorized?: (model: PermutiveErrorModel, source: PermutiveErrorSource) => void;
  /** Failures with the same kind, status and code within this window are one. Default 2000 ms. */
  dedupeMs?: number;
}

/**
 * A `QueryCache` and `MutationCache` whose `onError` reports each failure once, decoded:
 * the same failure from several queries within `dedupeMs` is reported once, aborts never.
 *
 * @example
 * ```ts
 * const client = new QueryClient({
 *   ...permutiveErrorCaches({
 *     onError: (model, { background }) => background && toast(describePermutiveError(model).title),
 *     onUnauthorized: () => redirectToSignIn(),
 *   }),
 * });
 * ```
 */
export function permutiveErrorCaches(options: PermutiveErrorCachesOptions): {
  queryCache: QueryCache;
  mutationCache: MutationCache;
} {
  const seen = new Map<string, number>();
  const report = (error: unknown, source: PermutiveErrorSource) => {
    const model = decodePermutiveError(error);
    if (model.kind === 'aborted') return;
    const key = `${model.kind} ${model.status} ${model.code}`;
    const now = Date.now();
    const last = seen.get(key);
    // The window counts from the last report, so a storm of failures is reported once a window.
    if (last !== undefined && now - last < (options.dedupeMs ?? 2000)) return;
    seen.set(key, now);
    options.onError?.(model, source);
    if (model.kind === 'unauthorized') options.onUnauthorized?.(model, source);
  };
  return {
    queryCache: new QueryCache({
      onError: (error, query) =>
        report(error, {
          query: query as Query<unknown, unknown, unknown>,
          background: query.state.data !== undefined,
        }),
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) =>
        report(error, {
          mutation: mutation as Mutation<unknown, unknown, unknown, unknown>,
          background: false,
        }),
    }),
  };
}
