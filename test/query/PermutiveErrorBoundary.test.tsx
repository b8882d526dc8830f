import {
  QueryClient,
  QueryClientProvider,
  useQuery,
  useSuspenseQuery,
} from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, Suspense, useState } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createModel, PermutiveErrorBoundary, permutiveFetch } from '../../src/index.js';
import { startServer, type TestServer } from '../support/server.js';

// Cohorts that fail with a 503 for the first `failFirst` requests, then load.
let server: TestServer;
let requests = 0;
let failFirst = 0;
beforeAll(async () => {
  server = await startServer({
    '/cohorts': (_req, res) => {
      requests += 1;
      const down = requests <= failFirst;
      res.writeHead(down ? 503 : 200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          down
            ? {
                request_id: `req-${requests}`,
                error: { status: 'Service Unavailable', code: 5000, message: 'Down.' },
              }
            : { name: 'Sports fans' },
        ),
      );
    },
  });
});
afterAll(() => server.close());
beforeEach(() => {
  requests = 0;
  failFirst = 0;
});

const failure = createModel('server', { status: 503, requestId: 'req-keys' });

function Failing({ page }: { page: number }): never | string {
  if (page > 0) throw failure;
  return `Page ${page}`;
}

describe('PermutiveErrorBoundary', () => {
  it('resets only when already showing an error, and reports one failure once', async () => {
    // React logs caught errors; they are expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    const onReset = vi.fn();
    function Page() {
      const [page, setPage] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setPage(page + 1)}>
            Next page
          </button>
          <PermutiveErrorBoundary
            resetKeys={[page]}
            onError={onError}
            onReset={onReset}
            fallbackRender={({ model }) => <p>Failed: {model.requestId}</p>}
          >
            <Failing page={page} />
          </PermutiveErrorBoundary>
        </>
      );
    }
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Page />
      </QueryClientProvider>,
    );
    expect(screen.getByText('Page 0')).toBeInTheDocument();
    // The change of key is what makes the child throw: the boundary must not reset for it.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Failed: req-keys')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toBe(failure);
    expect(onReset).not.toHaveBeenCalled();
  });

  it('keeps one model per error while its parent renders again: a dismissed banner stays dismissed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const thrown = Object.assign(new Error('Request failed with status code 503'), {
      status: 503,
    });
    function Broken(): never {
      throw thrown;
    }
    const models: unknown[] = [];
    function Page() {
      const [count, setCount] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setCount(count + 1)}>
            Rendered {count}
          </button>
          <PermutiveErrorBoundary bannerProps={{ onDismiss: () => {} }}>
            <Broken />
          </PermutiveErrorBoundary>
          <PermutiveErrorBoundary
            fallbackRender={({ model }) => {
              models.push(model);
              return <p>Fallback {count}</p>;
            }}
          >
            <Broken />
          </PermutiveErrorBoundary>
        </>
      );
    }
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Page />
      </QueryClientProvider>,
    );
    const user = userEvent.setup();
    expect(
      screen.getByRole('group', { name: 'The service is temporarily unavailable' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('group')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Rendered 0' }));
    expect(await screen.findByText('Fallback 1')).toBeInTheDocument();
    expect(screen.queryByRole('group')).toBeNull();
    expect(models.length).toBeGreaterThan(1);
    expect(new Set(models).size).toBe(1);
  });
});

describe("PermutiveErrorBoundary's Try again against a real server", () => {
  const TITLE = 'The service is temporarily unavailable';
  function Cohorts({ live }: { live: boolean }) {
    const query = useQuery({
      queryKey: ['cohorts'],
      queryFn: ({ signal }) => permutiveFetch<{ name: string }>(server.url('/cohorts'), { signal }),
      enabled: live,
      retry: false,
      throwOnError: true,
    });
    if (query.data) return <p>{query.data.name}</p>;
    return <p>{live ? 'Loading cohorts' : 'Cohorts paused'}</p>;
  }
  function Page() {
    const [shown, show] = useState<'live' | 'paused' | 'elsewhere'>('live');
    return (
      <>
        <button type="button" onClick={() => show('paused')}>
          Pause cohorts
        </button>
        <button type="button" onClick={() => show('elsewhere')}>
          Show segments
        </button>
        <PermutiveErrorBoundary>
          {shown === 'elsewhere' ? <p>Segments</p> : <Cohorts live={shown === 'live'} />}
        </PermutiveErrorBoundary>
      </>
    );
  }
  const renderPage = (strict = false) => {
    const client = new QueryClient();
    const page = (
      <QueryClientProvider client={client}>
        <Page />
      </QueryClientProvider>
    );
    render(strict ? <StrictMode>{page}</StrictMode> : page);
    return client;
  };

  // Lets the cohorts fail, presses `first`, then the banner's Try again, and waits until no query
  // is fetching.
  const tryAgainAfter = async (first: string) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    failFirst = 1;
    const client = renderPage();
    const user = userEvent.setup();
    const banner = await screen.findByRole('group', { name: TITLE });
    expect(requests).toBe(1);
    await user.click(screen.getByRole('button', { name: first }));
    await user.click(within(banner).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(client.isFetching()).toBe(0));
    return banner;
  };

  it('does not fetch a query disabled since it threw; its failure stays up, Try again ready', async () => {
    const banner = await tryAgainAfter('Pause cohorts');
    expect(requests).toBe(1);
    expect(screen.getByRole('group', { name: TITLE })).toBe(banner);
    const again = within(banner).getByRole('button', { name: 'Try again' });
    expect(again).not.toHaveAttribute('aria-disabled');
    expect(document.activeElement).toBe(again);
    expect(screen.queryByText('Cohorts paused')).toBeNull();
  });

  it('resets when nothing below uses the failed query any more, fetching nothing', async () => {
    await tryAgainAfter('Show segments');
    expect(requests).toBe(1);
    expect(screen.getByText('Segments')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: TITLE })).toBeNull();
  });

  it('fetches an enabled query once, the banner busy until it lands', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    failFirst = 1;
    renderPage();
    const user = userEvent.setup();
    const banner = await screen.findByRole('group', { name: TITLE });
    await user.click(within(banner).getByRole('button', { name: 'Try again' }));
    expect(within(banner).getByRole('button', { name: 'Retrying…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(await screen.findByText('Sports fans')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: TITLE })).toBeNull();
    expect(requests).toBe(2);
  });

  it('settles in strict mode, whose second mount cancels the first fetch and fetches again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    failFirst = Number.POSITIVE_INFINITY;
    renderPage(true);
    const user = userEvent.setup();
    const banner = await screen.findByRole('group', { name: TITLE });
    failFirst = 0;
    await user.click(within(banner).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Sports fans')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('group', { name: TITLE })).toBeNull());
  });
});

describe('PermutiveErrorBoundary around suspense queries', () => {
  function Cohort() {
    const { data } = useSuspenseQuery({
      queryKey: ['suspense-cohort'],
      queryFn: ({ signal }) => permutiveFetch<{ name: string }>(server.url('/cohorts'), { signal }),
      retry: false,
    });
    return <p>{data.name}</p>;
  }

  it.each([
    ['inside', true],
    ['outside', false],
  ])('fetches once on Try again with Suspense %s the boundary', async (_where, inside) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    failFirst = 1;
    const loading = <p>Loading cohort</p>;
    render(
      <QueryClientProvider client={new QueryClient()}>
        {inside ? (
          <PermutiveErrorBoundary>
            <Suspense fallback={loading}>
              <Cohort />
            </Suspense>
          </PermutiveErrorBoundary>
        ) : (
          <Suspense fallback={loading}>
            <PermutiveErrorBoundary>
              <Cohort />
            </PermutiveErrorBoundary>
          </Suspense>
        )}
      </QueryClientProvider>,
    );
    const banner = await screen.findByRole('group', {
      name: 'The service is temporarily unavailable',
    });
    await userEvent.setup().click(within(banner).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Sports fans')).toBeInTheDocument();
    // Suspended above the boundary, the data can show a moment before the banner leaves.
    await waitFor(() => expect(screen.queryByRole('group')).toBeNull());
    expect(requests).toBe(2);
  });

  it.each([
    ['inside', true],
    ['outside', false],
  ])('fetches a failed query once more under new keys, Suspense %s', async (_where, inside) => {
    const TITLE = 'The service is temporarily unavailable';
    vi.spyOn(console, 'error').mockImplementation(() => {});
    failFirst = Number.POSITIVE_INFINITY;
    const loading = <p>Loading cohort</p>;
    // A page with a query of its own, whose mount ends the reset of the first page's leaving.
    function Segments() {
      const { data } = useSuspenseQuery({
        queryKey: ['segments'],
        queryFn: async () => 'Segments',
      });
      return <p>{data}</p>;
    }
    function Pages() {
      const [page, setPage] = useState('cohort');
      const content = page === 'cohort' ? <Cohort /> : <Segments />;
      const boundary = (
        <PermutiveErrorBoundary resetKeys={[page]}>
          {inside ? <Suspense fallback={loading}>{content}</Suspense> : content}
        </PermutiveErrorBoundary>
      );
      return (
        <>
          <button type="button" onClick={() => setPage('segments')}>
            Segments
          </button>
          <button type="button" onClick={() => setPage('cohort')}>
            Cohort
          </button>
          {inside ? boundary : <Suspense fallback={loading}>{boundary}</Suspense>}
        </>
      );
    }
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Pages />
      </QueryClientProvider>,
    );
    const user = userEvent.setup();
    expect(await screen.findByRole('group', { name: TITLE })).toHaveTextContent('req-1');
    await user.click(screen.getByRole('button', { name: 'Segments' }));
    expect(await screen.findByText('Segments', { selector: 'p' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cohort' }));
    // A new request, whose failure shows: not the cached one, and not a fetch for ever.
    expect(await screen.findByRole('group', { name: TITLE })).toHaveTextContent('req-2');
    expect(requests).toBe(2);
  });
});
