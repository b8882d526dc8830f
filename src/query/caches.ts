import { type Mutation, MutationCache, type Query, QueryCache } from '@tanstack/react-query';
import {
  decodePermutiveError,
  describePermutiveError,
  type ErrorCopy,
  type PermutiveErrorModel,
} from '../core/index.js';
import type { ErrorMessages } from '../messages/ErrorMessagesProvider.js';

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
 * permutiveErrorCaches({
 *   messages: fr,
 *   onError: (model, { background }, copy) => background && toast(copy.title),
 *   log: (model) => logger.warn(model),
 *   onUnauthorized: () => signIn(),
 * });
 * ```
 */
export interface PermutiveErrorCachesOptions {
  /**
   * Called once per distinct failure (aborts skipped), for notices: with its model, its source and
   * its copy in the language of `messages`.
   */
  onError?:
    | ((model: PermutiveErrorModel, source: PermutiveErrorSource, copy: ErrorCopy) => void)
    | undefined;
  /** Called with every failure, repeats included (aborts skipped), for logs and metrics. */
  log?: ((model: PermutiveErrorModel, source: PermutiveErrorSource) => void) | undefined;
  /** Called once per burst of 401s, for re-authentication flows. */
  onUnauthorized?: ((model: PermutiveErrorModel, source: PermutiveErrorSource) => void) | undefined;
  /**
   * The copy `onError` receives: the overrides `ErrorMessagesProvider` takes (such as the French
   * locale), or a function returning the ones in force, for an app that switches language.
   * Default English.
   */
  messages?: ErrorMessages | (() => ErrorMessages | undefined) | undefined;
  /**
   * Failures with the same kind, status and code within this window are one notice, and every
   * 401 within it one call of `onUnauthorized`. Default 2000 ms.
   */
  dedupeMs?: number | undefined;
}

// A handler that throws must not stop the next handler, nor TanStack Query's own callbacks
// (a mutation's onError and onSettled run after the cache's): its error goes to the page's
// error handlers instead, as an event listener's would.
function call<A extends unknown[], R>(handler: ((...args: A) => R) | undefined, ...args: A) {
  try {
    return handler?.(...args);
  } catch (error) {
    if (typeof reportError === 'function') reportError(error);
    else console.error(error);
    return undefined;
  }
}

/**
 * A `QueryCache` and `MutationCache` whose `onError` reports each failure decoded: to `log`
 * every time, and to `onError` once, with its copy in the app's language: the same failure from
 * several queries within `dedupeMs` is one notice. Aborts are never reported.
 *
 * @example
 * ```ts
 * const client = new QueryClient({
 *   ...permutiveErrorCaches({
 *     messages: fr,
 *     onError: (model, { background }, copy) => background && toast(copy.title),
 *     log: (model) => logger.warn(model),
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
    call(options.log, model, source);
    const windowMs = options.dedupeMs ?? 2000;
    const now = Date.now();
    // Entries expire with the window, so the memory holds at most one window of failures.
    for (const [key, at] of seen) if (!(now - at < windowMs)) seen.delete(key);
    // The window counts from the last report, so a storm of failures is reported once a window.
    const fresh = (key: string) => !seen.has(key) && Boolean(seen.set(key, now));
    if (fresh(`${model.kind} ${model.status} ${model.code}`) && options.onError) {
      const { messages } = options;
      const catalogue = (typeof messages === 'function' ? call(messages) : messages)?.errors;
      call(options.onError, model, source, describePermutiveError(model, catalogue));
    }
    // One sign-in per burst of 401s, whatever their subcodes (2000, 2004, 2005 …).
    if (model.kind === 'unauthorized' && fresh('unauthorized'))
      call(options.onUnauthorized, model, source);
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
