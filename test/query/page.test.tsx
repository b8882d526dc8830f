import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  onlineManager,
  QueryClient,
  QueryClientProvider,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useSuspenseQuery,
} from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, Suspense, useState } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ErrorBanner,
  PermutiveErrorBoundary,
  type PermutiveErrorState,
  permutiveErrorCaches,
  permutiveFetch,
  permutiveQueryDefaults,
  usePermutiveError,
} from '../../src/index.js';
import { ENVELOPE_401, startServer, type TestServer } from '../support/server.js';

// Counters and switches the routes read, reset before each test.
const hits: Record<string, number> = {};
const bodies: unknown[] = [];
let failFirst = 0;
let cohortsDown = false;

const count = (name: string) => {
  hits[name] = (hits[name] ?? 0) + 1;
  return hits[name];
};
const send = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const unavailable = {
  request_id: 'req-503',
  error: { status: 'Service Unavailable', code: 5000, message: 'Down for maintenance.' },
};

let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    '/flaky': (_req, res) => {
      const n = count('flaky');
      if (n <= failFirst) send(res, 503, unavailable);
      else send(res, 200, { name: 'Sports fans' });
    },
    '/cohorts': (_req, res) => {
      count('cohorts');
      if (cohortsDown) send(res, 503, unavailable);
      else send(res, 200, { name: `Cohort v${hits.cohorts}` });
    },
    '/me': (_req, res) => {
      count('me');
      send(res, 401, ENVELOPE_401);
    },
    '/save': (req: IncomingMessage, res) => {
      let raw = '';
      req.on('data', (chunk) => {
        raw += chunk;
      });
      req.on('end', () => {
        bodies.push(JSON.parse(raw));
        if (count('save') === 1) send(res, 503, unavailable);
        else send(res, 200, { ok: true });
      });
    },
    '/slow': (_req, res) => {
      count('slow');
      setTimeout(() => send(res, 200, {}), 2000);
    },
  });
});
afterAll(() => server.close());
beforeEach(() => {
  for (const key of Object.keys(hits)) delete hits[key];
  bodies.length = 0;
  failFirst = 0;
  cohortsDown = false;
});

const fast = { baseDelayMs: 5, maxDelayMs: 20, maxRetries: 2 };
// The page below puts a boundary above its queries, so it asks for first-load 5xx to go there.
const client = (options: ConstructorParameters<typeof QueryClient>[0] = {}) =>
  new QueryClient({
    defaultOptions: permutiveQueryDefaults({ ...fast, throwOnError: 'retryable' }),
    ...options,
  });
const wrap = (queryClient: QueryClient, children: ReactNode) => (
  <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
);
const get =
  <T,>(path: string) =>
  ({ signal }: { signal: AbortSignal }) =>
    permutiveFetch<T>(server.url(path), { signal });

function Cohort() {
  const query = useQuery({ queryKey: ['flaky'], queryFn: get<{ name: string }>('/flaky') });
  return <p>{query.data ? query.data.name : 'Loading cohort'}</p>;
}

function Profile() {
  const query = useQuery({ queryKey: ['me'], queryFn: get('/me') });
  const { retry } = usePermutiveError(query);
  if (query.error) return <ErrorBanner error={query.error} variant="inline" onRetry={retry} />;
  return <p>{query.isPending ? 'Loading profile' : 'Profile'}</p>;
}

describe('a page of queries against a real server', () => {
  it('keeps a page without a boundary on screen with the default options', async () => {
    function Cohorts() {
      const query = useQuery({
        queryKey: ['down'],
        queryFn: get('/cohorts'),
        retry: false,
      });
      return <ErrorBanner error={query.error} variant="inline" />;
    }
    cohortsDown = true;
    render(
      wrap(
        new QueryClient({ defaultOptions: permutiveQueryDefaults() }),
        <main>
          <h1>Audiences</h1>
          <Cohorts />
        </main>,
      ),
    );
    const banner = await screen.findByRole('group', { name: /\S/ });
    expect(banner).toHaveAttribute('data-status', '503');
    // The server's "Down for maintenance." says no more than the kit's description for a 503.
    expect(banner).toHaveTextContent(/down for maintenance/i);
    expect(screen.getByRole('heading', { name: 'Audiences' })).toBeInTheDocument();
  });

  it('shows 5xx at the boundary and 401 inline, retries as the policy says, recovers on retry', async () => {
    failFirst = 3;
    const user = userEvent.setup();
    render(
      wrap(
        client(),
        <main>
          <PermutiveErrorBoundary>
            <Cohort />
          </PermutiveErrorBoundary>
          <section aria-label="Profile">
            <Profile />
          </section>
        </main>,
      ),
    );
    await waitFor(() => expect(screen.getAllByRole('group', { name: /\S/ })).toHaveLength(2), {
      timeout: 3000,
    });
    const [inline] = within(screen.getByRole('region', { name: 'Profile' })).getAllByRole('group', {
      name: /\S/,
    });
    expect(inline).toHaveAttribute('data-kind', 'unauthorized');
    expect(inline).toHaveTextContent('Access to the service was refused');
    expect(within(inline as HTMLElement).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(hits.me).toBe(1);

    const server503 = screen
      .getAllByRole('group', { name: /\S/ })
      .find((alert) => alert.dataset.kind === 'server');
    expect(server503).toHaveAttribute('data-status', '503');
    // The server's "Down for maintenance." says no more than the kit's description for a 503.
    expect(server503).toHaveTextContent(/down for maintenance/i);
    expect(server503).toHaveTextContent('req-503');
    expect(hits.flaky).toBe(3);

    await user.click(within(server503 as HTMLElement).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Sports fans')).toBeInTheDocument();
    expect(hits.flaky).toBe(4);
    expect(screen.getAllByRole('group', { name: /\S/ })).toHaveLength(1);
  });

  it('keeps a failed background refetch inline, over the data already shown', async () => {
    const queryClient = client();
    function Cohorts() {
      const query = useQuery({ queryKey: ['cohorts'], queryFn: get<{ name: string }>('/cohorts') });
      return (
        <>
          <p>{query.data?.name}</p>
          <ErrorBanner error={query.error} variant="compact" />
        </>
      );
    }
    render(
      wrap(
        queryClient,
        <PermutiveErrorBoundary fallback={<p>Boundary</p>}>
          <Cohorts />
        </PermutiveErrorBoundary>,
      ),
    );
    expect(await screen.findByText('Cohort v1')).toBeInTheDocument();
    cohortsDown = true;
    await act(() => queryClient.refetchQueries({ queryKey: ['cohorts'] }));
    await screen.findByRole('group', { name: /\S/ });
    expect(screen.getByText('Cohort v1')).toBeInTheDocument();
    expect(screen.queryByText('Boundary')).toBeNull();
    expect(hits.cohorts).toBe(4);
  });

  it('sends everything but aborts to the boundary with throwOnError all, and renders a custom fallback', async () => {
    const onError = vi.fn();
    render(
      wrap(
        new QueryClient({
          defaultOptions: permutiveQueryDefaults({ ...fast, throwOnError: 'all' }),
        }),
        <PermutiveErrorBoundary
          onError={onError}
          fallbackRender={({ model, resetErrorBoundary }) => (
            <button type="button" onClick={resetErrorBoundary}>
              Failed with {model.status}
            </button>
          )}
        >
          <Profile />
        </PermutiveErrorBoundary>,
      ),
    );
    expect(await screen.findByRole('button', { name: 'Failed with 401' })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
    // As react-error-boundary's: what was thrown, React's info, then the model.
    const [thrown, info, model] = onError.mock.calls[0] ?? [];
    expect(thrown).toBeInstanceOf(Error);
    expect(info).toHaveProperty('componentStack');
    expect(model).toMatchObject({ kind: 'unauthorized', requestId: ENVELOPE_401.request_id });
  });

  it('resets when resetKeys change', async () => {
    failFirst = 3;
    function Page() {
      const [key, setKey] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setKey(key + 1)}>
            Change
          </button>
          <PermutiveErrorBoundary
            resetKeys={[key]}
            FallbackComponent={({ model }) => <p>Down {model.status}</p>}
          >
            <Cohort />
          </PermutiveErrorBoundary>
        </>
      );
    }
    render(wrap(client(), <Page />));
    expect(await screen.findByText('Down 503', {}, { timeout: 3000 })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Change' }));
    expect(await screen.findByText('Sports fans')).toBeInTheDocument();
  });
});

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
    expect(settled.copy?.title).toBe('Access to the service was refused');
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
          permutiveFetch(server.url('/save'), { method: 'POST', body: JSON.stringify(variables) }),
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
    expect(bodies).toEqual([{ name: 'Sports fans' }, { name: 'Sports fans' }]);
    expect(state?.error).toBeNull();
  });

  it('reset clears a mutation error, and resets a query given its key', async () => {
    let mutationState: PermutiveErrorState | undefined;
    let queryState: PermutiveErrorState | undefined;
    let run: (() => void) | undefined;
    function Both() {
      const mutation = useMutation({
        mutationFn: () => permutiveFetch(server.url('/me'), { method: 'POST' }),
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
    const before = hits.me ?? 0;
    act(() => queryState?.reset());
    await waitFor(() => expect(hits.me).toBe(before + 1));
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
    cohortsDown = true;
    // A second between attempts, so that a busy machine still shows the first before the second.
    const queryClient = client();
    queryClient.setDefaultOptions(
      permutiveQueryDefaults({ baseDelayMs: 1000, maxDelayMs: 1000, maxRetries: 2 }),
    );
    render(wrap(queryClient, <Cohorts />));
    const banner = await screen.findByRole('group', { name: TITLE }, { timeout: 3000 });
    expect(hits.cohorts).toBe(1);
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
    expect(hits.cohorts).toBe(3);
    expect(banner).not.toHaveAttribute('data-state');
    cohortsDown = false;
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
    expect(hits.me).toBe(1);
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
      expect(hits.cohorts).toBeUndefined();
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
      await waitFor(() => expect(hits.slow).toBe(1));
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
          permutiveFetch(server.url('/slow'), { method: 'POST', body: JSON.stringify(variables) }),
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
      expect(hits.slow).toBeUndefined();
      act(() => onlineManager.setOnline(true));
      await waitFor(() => expect(hits.slow).toBe(1));
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

describe('global error handling', () => {
  it('reports one failure from several queries once, calls onUnauthorized once, skips aborts', async () => {
    const onError = vi.fn();
    const onUnauthorized = vi.fn();
    const queryClient = client(permutiveErrorCaches({ onError, onUnauthorized }));
    await Promise.all(
      [1, 2, 3].map((n) =>
        queryClient.fetchQuery({ queryKey: ['me', n], queryFn: get('/me') }).catch(() => {}),
      ),
    );
    expect(hits.me).toBe(3);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(onError.mock.calls[0]?.[1]).toMatchObject({ background: false });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);

    const slow = queryClient
      .fetchQuery({ queryKey: ['slow'], queryFn: get('/slow') })
      .catch(() => {});
    await waitFor(() => expect(hits.slow).toBe(1));
    await queryClient.cancelQueries({ queryKey: ['slow'] });
    await slow;
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('flags a failed background refetch, the case for a toast', async () => {
    const onError = vi.fn();
    const queryClient = client(permutiveErrorCaches({ onError, dedupeMs: 0 }));
    await queryClient.fetchQuery({ queryKey: ['cohorts'], queryFn: get('/cohorts') });
    cohortsDown = true;
    await queryClient.refetchQueries({ queryKey: ['cohorts'] });
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[1]).toMatchObject({ background: true });
    expect(onError.mock.calls[0]?.[1].query.queryKey).toEqual(['cohorts']);
  });

  it('reports mutation failures', async () => {
    const onError = vi.fn();
    const queryClient = client(permutiveErrorCaches({ onError }));
    await queryClient
      .getMutationCache()
      .build(queryClient, {
        mutationFn: () => permutiveFetch(server.url('/save'), { method: 'POST', body: '{}' }),
      })
      .execute(undefined)
      .catch(() => {});
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[1].mutation).toBeDefined();
  });
});
