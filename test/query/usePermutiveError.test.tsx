import {
  onlineManager,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useSuspenseQuery,
} from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import {
  ErrorBanner,
  type PermutiveErrorState,
  permutiveFetch,
  permutiveQueryDefaults,
  usePermutiveError,
} from '../../src/index.js';
import { api, client, get, serveApi, wrap } from '../support/api.js';
import { ENVELOPE_401 } from '../support/server.js';

serveApi();

describe('usePermutiveError', () => {
  it('adds no render over the query and returns stable references', async () => {
    const plain: string[] = [];
    const hooked: string[] = [];
    const states: PermutiveErrorState[] = [];
    function Plain() {
      const query = useQuery({ queryKey: ['me', 'plain'], queryFn: get('/me') });
      plain.push(query.status);
      return null;
    }
    function Hooked({ tick }: { tick: number }) {
      const query = useQuery({ queryKey: ['me', 'hooked'], queryFn: get('/me') });
      states.push(usePermutiveError(query));
      hooked.push(query.status);
      return <p>tick {tick}</p>;
    }
    const queryClient = client();
    const { rerender } = render(
      wrap(
        queryClient,
        <>
          <Plain />
          <Hooked tick={0} />
        </>,
      ),
    );
    await waitFor(() => expect(hooked.at(-1)).toBe('error'));
    await waitFor(() => expect(plain.at(-1)).toBe('error'));
    expect(hooked).toEqual(plain);

    const settled = states.at(-1) as PermutiveErrorState;
    expect(settled.error).toMatchObject({
      kind: 'unauthorized',
      code: 2000,
      requestId: ENVELOPE_401.request_id,
    });
    // Copy is the view's (useErrorBanner, ErrorBanner): the hook ships no catalogue.
    expect(settled).not.toHaveProperty('copy');
    rerender(
      wrap(
        queryClient,
        <>
          <Plain />
          <Hooked tick={1} />
        </>,
      ),
    );
    expect(await screen.findByText('tick 1')).toBeInTheDocument();
    const after = states.at(-1) as PermutiveErrorState;
    expect(after).toBe(settled);
    expect(after.error).toBe(settled.error);
    expect(new Set(states.map((state) => state.retry)).size).toBe(1);
    expect(new Set(states.map((state) => state.reset)).size).toBe(1);
  });

  it('reports retry state while retrying, with nextAttemptAt from Retry-After', async () => {
    const states: PermutiveErrorState[] = [];
    function Probe() {
      const query = useQuery({
        queryKey: ['ra'],
        queryFn: () =>
          Promise.reject(
            Object.assign(new Error('x'), {
              response: { status: 429, headers: { 'retry-after': '1' } },
            }),
          ),
        retry: 1,
        retryDelay: 30,
        throwOnError: false,
      });
      states.push(usePermutiveError(query));
      return null;
    }
    const start = Date.now();
    render(wrap(client(), <Probe />));
    await waitFor(() => expect(states.at(-1)?.error).not.toBeNull());
    const end = Date.now();
    const retrying = states.find((state) => state.isRetrying);
    expect(retrying?.failureCount).toBe(1);
    expect(retrying?.failure?.kind).toBe('rate-limited');
    expect(retrying?.error).toBeNull();
    // Retry-After: 1 means one second after the failure, which came between start and end.
    expect(retrying?.nextAttemptAt).toBeGreaterThanOrEqual(start + 1000);
    expect(retrying?.nextAttemptAt).toBeLessThanOrEqual(end + 1000);
    expect(states.at(-1)).toMatchObject({ failureCount: 2, isRetrying: false });
  });

  it('retries a mutation with its last variables, and resets it', async () => {
    let state: PermutiveErrorState | undefined;
    let result: { isSuccess: boolean; mutate: (v: { name: string }) => void } | undefined;
    function Save() {
      const mutation = useMutation({
        mutationFn: (variables: { name: string }) =>
          permutiveFetch(api.url('/save'), { method: 'POST', body: JSON.stringify(variables) }),
      });
      state = usePermutiveError(mutation);
      result = mutation;
      return null;
    }
    render(wrap(client(), <Save />));
    act(() => result?.mutate({ name: 'Sports fans' }));
    await waitFor(() => expect(state?.error?.kind).toBe('server'));
    act(() => state?.retry());
    await waitFor(() => expect(result?.isSuccess).toBe(true));
    expect(api.bodies).toEqual([{ name: 'Sports fans' }, { name: 'Sports fans' }]);
    expect(state?.error).toBeNull();
  });

  it('reset clears a mutation error, and resets a query given its key', async () => {
    let mutationState: PermutiveErrorState | undefined;
    let queryState: PermutiveErrorState | undefined;
    let run: (() => void) | undefined;
    function Both() {
      const mutation = useMutation({
        mutationFn: () => permutiveFetch(api.url('/me'), { method: 'POST' }),
      });
      const query = useQuery({
        queryKey: ['me', 'reset'],
        queryFn: get('/me'),
        throwOnError: false,
      });
      mutationState = usePermutiveError(mutation);
      queryState = usePermutiveError(query, { queryKey: ['me', 'reset'] });
      run = () => mutation.mutate(undefined);
      return null;
    }
    render(wrap(client(), <Both />));
    act(() => run?.());
    await waitFor(() => expect(mutationState?.error?.kind).toBe('unauthorized'));
    act(() => mutationState?.reset());
    await waitFor(() => expect(mutationState?.error).toBeNull());
    await waitFor(() => expect(queryState?.error?.kind).toBe('unauthorized'));
    const before = api.hits.me ?? 0;
    act(() => queryState?.reset());
    await waitFor(() => expect(api.hits.me).toBe(before + 1));
  });

  it('works with suspense and infinite queries', async () => {
    let suspense: PermutiveErrorState | undefined;
    let infinite: PermutiveErrorState | undefined;
    function Suspended() {
      const query = useSuspenseQuery({ queryKey: ['s'], queryFn: () => Promise.resolve(1) });
      suspense = usePermutiveError(query);
      return <p>suspense {query.data}</p>;
    }
    function Infinite() {
      const query = useInfiniteQuery({
        queryKey: ['i'],
        queryFn: get('/me'),
        initialPageParam: 0,
        getNextPageParam: () => undefined,
      });
      infinite = usePermutiveError(query);
      return null;
    }
    render(
      wrap(
        client(),
        <Suspense fallback={null}>
          <Suspended />
          <Infinite />
        </Suspense>,
      ),
    );
    expect(await screen.findByText('suspense 1')).toBeInTheDocument();
    expect(suspense?.error).toBeNull();
    await waitFor(() => expect(infinite?.error?.kind).toBe('unauthorized'));
  });
});

describe("usePermutiveError's banner props", () => {
  const TITLE = 'The service is temporarily unavailable';
  // The Quick start's component, with the retry policy slowed enough to watch.
  function Cohorts() {
    const query = useQuery({ queryKey: ['cohorts'], queryFn: get<{ name: string }>('/cohorts') });
    const { banner } = usePermutiveError(query);
    if (query.isSuccess) return <p>{query.data.name}</p>;
    if (banner) return <ErrorBanner {...banner} />;
    return <p>Loading cohorts…</p>;
  }
  const slow = (queryClient = client()) => {
    queryClient.setDefaultOptions(
      permutiveQueryDefaults({ baseDelayMs: 300, maxDelayMs: 300, maxRetries: 2 }),
    );
    return queryClient;
  };

  it('show the first failed attempt quietly while retries continue, then the final banner', async () => {
    api.cohortsDown = true;
    // A second between attempts, so that a busy machine still shows the first before the second.
    const queryClient = client();
    queryClient.setDefaultOptions(
      permutiveQueryDefaults({ baseDelayMs: 1000, maxDelayMs: 1000, maxRetries: 2 }),
    );
    render(wrap(queryClient, <Cohorts />));
    const banner = await screen.findByRole('group', { name: TITLE }, { timeout: 3000 });
    expect(api.hits.cohorts).toBe(1);
    expect(banner).toHaveAttribute('data-state', 'retrying');
    expect(within(banner).getByRole('button', { name: 'Retrying…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(screen.queryByText('Loading cohorts…')).toBeNull();
    const retry = await within(banner).findByRole(
      'button',
      { name: 'Try again' },
      { timeout: 6000 },
    );
    expect(api.hits.cohorts).toBe(3);
    expect(banner).not.toHaveAttribute('data-state');
    api.cohortsDown = false;
    await userEvent.click(retry);
    expect(await screen.findByText('Cohort v4')).toBeInTheDocument();
  });

  it('are null while loading and for data, and show a 4xx at once, not retrying', async () => {
    const seen: unknown[] = [];
    function Profile() {
      const query = useQuery({ queryKey: ['me', 'banner'], queryFn: get('/me') });
      const { banner } = usePermutiveError(query);
      seen.push(banner);
      return banner ? <ErrorBanner {...banner} /> : <p>Loading profile</p>;
    }
    render(wrap(slow(), <Profile />));
    const banner = await screen.findByRole('group', { name: 'Access to the service was refused' });
    expect(api.hits.me).toBe(1);
    expect(banner).not.toHaveAttribute('data-state');
    // A 401 is not retryable: signing in again helps, not trying again.
    expect(within(banner).queryByRole('button', { name: /Try again|Retrying/ })).toBeNull();
    expect(seen[0]).toBeNull();
    expect(seen.at(-1)).toMatchObject({
      error: { kind: 'unauthorized', status: 401 },
      offline: false,
      retrying: false,
    });
  });

  it('say a query is offline while it waits for the connection, and leave when it is back', async () => {
    onlineManager.setOnline(false);
    try {
      render(wrap(slow(), <Cohorts />));
      const notice = await screen.findByRole('group', { name: "You're offline" });
      expect(notice).toHaveTextContent("We'll try again when you're back online.");
      expect(notice).toHaveAttribute('data-state', 'offline');
      expect(notice).toHaveAttribute('data-severity', 'warning');
      expect(within(notice).queryByRole('button')).toBeNull();
      expect(api.hits.cohorts).toBeUndefined();
      act(() => onlineManager.setOnline(true));
      expect(await screen.findByText('Cohort v1')).toBeInTheDocument();
      expect(screen.queryByRole('group')).toBeNull();
    } finally {
      onlineManager.setOnline(true);
    }
  });

  it('say offline at once when the connection goes during a first load', async () => {
    function Slow() {
      const query = useQuery({ queryKey: ['slow', 'offline'], queryFn: get('/slow') });
      const { banner } = usePermutiveError(query);
      if (query.isSuccess) return <p>Loaded</p>;
      return banner ? <ErrorBanner {...banner} /> : <p>Loading</p>;
    }
    const { unmount } = render(wrap(slow(), <Slow />));
    try {
      await waitFor(() => expect(api.hits.slow).toBe(1));
      expect(screen.getByText('Loading')).toBeInTheDocument();
      act(() => onlineManager.setOnline(false));
      expect(screen.getByRole('group', { name: "You're offline" })).toBeInTheDocument();
      // The request under way still lands (2 s): the data replaces the notice.
      expect(await screen.findByText('Loaded', undefined, { timeout: 3000 })).toBeInTheDocument();
    } finally {
      // Unmounted first: back online, TanStack Query would refetch the stale query for the next test.
      unmount();
      onlineManager.setOnline(true);
    }
  });

  it('say a mutation is offline, and it is sent when the connection is back', async () => {
    let state: PermutiveErrorState | undefined;
    let run: (() => void) | undefined;
    function Save() {
      const mutation = useMutation({
        mutationFn: (variables: { name: string }) =>
          permutiveFetch(api.url('/slow'), { method: 'POST', body: JSON.stringify(variables) }),
      });
      state = usePermutiveError(mutation);
      run = () => mutation.mutate({ name: 'Sports fans' });
      return state.banner ? <ErrorBanner {...state.banner} variant="inline" /> : null;
    }
    onlineManager.setOnline(false);
    try {
      render(wrap(slow(), <Save />));
      act(() => run?.());
      expect(await screen.findByRole('group', { name: "You're offline" })).toBeInTheDocument();
      expect(state?.isOffline).toBe(true);
      expect(api.hits.slow).toBeUndefined();
      act(() => onlineManager.setOnline(true));
      await waitFor(() => expect(api.hits.slow).toBe(1));
      expect(screen.queryByRole('group')).toBeNull();
      expect(state?.isOffline).toBe(false);
    } finally {
      onlineManager.setOnline(true);
    }
  });

  it('in French, say offline in French', async () => {
    const { fr } = await import('../../src/messages/fr.js');
    const { ErrorMessagesProvider } = await import('../../src/index.js');
    onlineManager.setOnline(false);
    try {
      render(
        wrap(
          slow(),
          <ErrorMessagesProvider messages={fr}>
            <Cohorts />
          </ErrorMessagesProvider>,
        ),
      );
      const notice = await screen.findByRole('group', { name: 'Vous êtes hors ligne' });
      expect(notice).toHaveTextContent('Nous réessaierons dès que vous serez de nouveau en ligne.');
    } finally {
      onlineManager.setOnline(true);
    }
  });
});
