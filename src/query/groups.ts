import {
  hashKey,
  type Mutation,
  type MutationCache,
  type Query,
  type QueryCache,
} from '@tanstack/react-query';

type AnyQuery = Query<unknown, unknown, unknown>;
type AnyMutation = Mutation<unknown, unknown, unknown, unknown>;

/** The two caches a group's members live in. */
export interface Caches {
  queryCache: QueryCache;
  mutationCache: MutationCache;
}

// Failures of one kind, status and code: one notice, and what its Try again runs again.
export interface Group {
  at: number;
  count: number;
  said: boolean;
  queries: Set<AnyQuery>;
  mutations: Set<AnyMutation>;
  retry: () => Promise<void>;
  release: () => void;
}

// Whether a member is still in its cache (not removed on sign-out, nor garbage-collected).
const queryKept = (query: AnyQuery, { queryCache }: Caches) =>
  queryCache.get(query.queryHash) === query;
const mutationKept = (mutation: AnyMutation, { mutationCache }: Caches) =>
  mutationCache.getAll().some((cached) => cached === mutation);

// Only what is still in its cache and still failed is run again: a query or write removed on
// sign-out must not be replayed, and one that since succeeded must not be sent twice.
const failedQuery = (query: AnyQuery, caches: Caches) =>
  queryKept(query, caches) && query.state.status === 'error';
const failedMutation = (mutation: AnyMutation, caches: Caches) =>
  mutationKept(mutation, caches) && mutation.state.status === 'error';

// Variables that cannot be compared count as the same: writes are not idempotent, so when in
// doubt Try again does not send one again.
const same = (a: unknown, b: unknown) => {
  try {
    return hashKey([a]) === hashKey([b]);
  } catch {
    return true;
  }
};

// Members that recovered or left their cache leave the group; true while one is left. One in
// flight stays: it is being reported, or run again, and Try again skips it until it fails.
export function live(group: Group, caches: Caches): boolean {
  const over = (status: string) => status === 'success' || status === 'idle';
  for (const query of group.queries)
    if (!queryKept(query, caches) || over(query.state.status)) group.queries.delete(query);
  for (const mutation of group.mutations)
    if (!mutationKept(mutation, caches) || over(mutation.state.status))
      group.mutations.delete(mutation);
  return group.queries.size + group.mutations.size > 0;
}

// A write sent again since (the form submitted a second time) stands for this one.
const superseded = (mutation: AnyMutation, { mutationCache }: Caches) =>
  mutationCache
    .getAll()
    .some(
      (later) =>
        later.mutationId > mutation.mutationId &&
        same(later.options.mutationKey, mutation.options.mutationKey) &&
        same(later.state.variables, mutation.state.variables),
    );

export function join(groups: Map<string, Group>, key: string, caches: Caches): Group {
  const group: Group = {
    at: 0,
    count: 0,
    said: false,
    queries: new Set(),
    mutations: new Set(),
    release: () => {},
    // Try again starts afresh, once: a failure after it is news, counted from one and said again.
    retry: async () => {
      if (groups.get(key) === group) groups.delete(key);
      group.release();
      const queries = [...group.queries].filter((query) => failedQuery(query, caches));
      const mutations = [...group.mutations].filter(
        (mutation) => failedMutation(mutation, caches) && !superseded(mutation, caches),
      );
      group.queries.clear();
      group.mutations.clear();
      await Promise.allSettled([
        ...queries.map((query) => query.fetch()),
        ...mutations.map((mutation) => mutation.execute(mutation.state.variables)),
      ]);
    },
  };
  groups.set(key, group);
  return group;
}
