import { type Mutation, MutationCache, type Query, QueryCache } from '@tanstack/react-query';
// The banners' announcer: a toast and a banner of one failure within a second are said once.
import { announce } from '../components/announce.js';
import {
  decodePermutiveError,
  describePermutiveError,
  type ErrorCopy,
  type PermutiveErrorModel,
} from '../core/index.js';
import type { ErrorMessages } from '../messages/ErrorMessagesProvider.js';
import { englishToast, type UiStrings } from '../messages/english.js';
import { type Group, join, live } from './groups.js';

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
 * What a notice needs besides its copy: `onError`'s fourth argument.
 *
 * @example
 * ```ts
 * const notice = ({ id, count, retry, ui }: PermutiveErrorNotice) =>
 *   toast(ui.requestsFailed(count), { id, action: { label: ui.retry, onClick: retry } });
 * ```
 */
export interface PermutiveErrorNotice {
  /**
   * The same for every failure of this kind, status and code: a toast's `id`, so repeats update
   * one toast. A new group of the same failure has the same `id`, and replaces that toast.
   */
  id: string;
  /**
   * How many requests failed this way since the group began, this one included. A group lasts
   * while one of its requests is still failed in its cache, or while failures come within
   * `dedupeMs` of the last; requests that recovered or were removed leave it, and `retry` ends it.
   */
  count: number;
  /**
   * Fetches the group's queries again and re-runs its mutations with their last variables, once:
   * only those still in their cache and still failed, and no write sent again since with the
   * same variables. It empties the group: a failure after it starts a new notice.
   */
  retry: () => Promise<void>;
  /** A toast's UI strings in the language of `messages`: `retry` and `requestsFailed`. */
  ui: Pick<UiStrings, 'retry' | 'requestsFailed'>;
}

/**
 * Options of {@link permutiveErrorCaches}.
 *
 * @example
 * ```ts
 * permutiveErrorCaches({
 *   messages: fr,
 *   onError: (model, { background }, copy, { id }) => background && toast(copy.title, { id }),
 *   log: (model) => logger.warn(model),
 *   onUnauthorized: () => signIn(),
 * });
 * ```
 */
export interface PermutiveErrorCachesOptions {
  /**
   * Called for notices (aborts skipped, and mutations with an `onError` of their own): with the
   * model, its source, its copy in the language of `messages`, and the notice's id, count and
   * retry. Repeats come with the same `id` and a rising `count` (see `count`). Return a truthy
   * value (the toast's id) when you showed it: the kit says its title, politely, the first time
   * a group's notice is shown (which may be at a repeat, if you showed none for the first).
   */
  onError?:
    | ((
        model: PermutiveErrorModel,
        source: PermutiveErrorSource,
        copy: ErrorCopy,
        notice: PermutiveErrorNotice,
      ) => unknown)
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
   * Failures with the same kind, status and code, each within this window of the last or while
   * one of them is still failed, are one notice (one `id`, a rising `count`); every 401 within it
   * of the first is one call of `onUnauthorized`. Default 2000 ms.
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

// Long enough to be spoken; then the title leaves the region, so no stale text stays to be found.
const SAID_MS = 10_000;

/**
 * A `QueryCache` and `MutationCache` whose `onError` reports each failure decoded: to `log`
 * every time, and to `onError` with its copy in the app's language and a notice: the same
 * failure from several requests within `dedupeMs` is one notice, its `count` rising. Aborts are
 * never reported, nor mutations with an `onError` of their own to `onError`.
 *
 * @example
 * ```ts
 * const client = new QueryClient({
 *   ...permutiveErrorCaches({
 *     messages: fr,
 *     onError: (model, { background }, copy, { id }) => background && toast(copy.title, { id }),
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
  const groups = new Map<string, Group>();
  const report = (error: unknown, source: PermutiveErrorSource) => {
    const model = decodePermutiveError(error);
    if (model.kind === 'aborted') return;
    call(options.log, model, source);
    const windowMs = options.dedupeMs ?? 2000;
    const now = Date.now();
    // Entries expire with the window, so the memory holds at most one window of failures. One
    // from the future is from before the clock was set back: its window is over too.
    const open = (at: number) => now >= at && now - at < windowMs;
    for (const [key, at] of seen) if (!open(at)) seen.delete(key);
    // A group lasts while one of its requests is still failed in its cache (its toast still
    // stands for it), or within the window of its last failure.
    for (const [key, group] of groups)
      if (!live(group, caches) && !open(group.at)) groups.delete(key);
    const fresh = (key: string) => !seen.has(key) && Boolean(seen.set(key, now));
    // A mutation with an onError of its own shows its failure itself (TanStack Query #1927).
    if (options.onError && !source.mutation?.options.onError) {
      const key = `${model.kind}-${model.status}-${model.code}`;
      const group = groups.get(key) ?? join(groups, key, caches);
      // A repeat after a quiet window is news: said again, since its toast may have been closed.
      const burst = group.count > 0 && open(group.at);
      group.at = now;
      group.count += 1;
      if (source.query) group.queries.add(source.query);
      if (source.mutation) group.mutations.add(source.mutation);
      const { messages } = options;
      const resolved = typeof messages === 'function' ? call(messages) : messages;
      const copy = describePermutiveError(model, resolved?.errors);
      const notice = { id: `permutive-${key}`, count: group.count, retry: group.retry };
      const shown = call(options.onError, model, source, copy, {
        ...notice,
        ui: {
          retry: resolved?.ui?.retry ?? englishToast.retry,
          requestsFailed: resolved?.ui?.requestsFailed ?? englishToast.requestsFailed,
        },
      });
      // On a server there is no region to fill, and no timer to keep the process waiting.
      // Said the first time it is shown, which need not be its first failure: a recipe may show
      // no toast for a first load, then one for a background failure of the same group.
      if (shown && !(group.said && burst) && typeof document !== 'undefined') {
        group.said = true;
        group.release();
        const release = announce(copy.title, 'polite');
        group.release = release;
        setTimeout(release, SAID_MS);
      }
    }
    // One sign-in per burst of 401s, whatever their subcodes (2000, 2004, 2005 …).
    if (model.kind === 'unauthorized' && fresh('unauthorized'))
      call(options.onUnauthorized, model, source);
  };
  const queryCache = new QueryCache({
    onError: (error, query) =>
      report(error, {
        query: query as Query<unknown, unknown, unknown>,
        background: query.state.data !== undefined,
      }),
  });
  const mutationCache = new MutationCache({
    onError: (error, _variables, _context, mutation) =>
      report(error, {
        mutation: mutation as Mutation<unknown, unknown, unknown, unknown>,
        background: false,
      }),
  });
  const caches = { queryCache, mutationCache };
  return caches;
}
