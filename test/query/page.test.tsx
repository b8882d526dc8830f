import { QueryClient, useQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  ErrorBanner,
  PermutiveErrorBoundary,
  permutiveErrorCaches,
  permutiveFetch,
  permutiveQueryDefaults,
  usePermutiveError,
} from '../../src/index.js';
import { api, client, fast, get, serveApi, wrap } from '../support/api.js';
import { ENVELOPE_401 } from '../support/server.js';

serveApi();

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
    api.cohortsDown = true;
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
    api.failFirst = 3;
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
    expect(api.hits.me).toBe(1);

    const server503 = screen
      .getAllByRole('group', { name: /\S/ })
      .find((alert) => alert.dataset.kind === 'server');
    expect(server503).toHaveAttribute('data-status', '503');
    // The server's "Down for maintenance." says no more than the kit's description for a 503.
    expect(server503).toHaveTextContent(/down for maintenance/i);
    expect(server503).toHaveTextContent('req-503');
    expect(api.hits.flaky).toBe(3);

    await user.click(within(server503 as HTMLElement).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Sports fans')).toBeInTheDocument();
    expect(api.hits.flaky).toBe(4);
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
    api.cohortsDown = true;
    await act(() => queryClient.refetchQueries({ queryKey: ['cohorts'] }));
    await screen.findByRole('group', { name: /\S/ });
    expect(screen.getByText('Cohort v1')).toBeInTheDocument();
    expect(screen.queryByText('Boundary')).toBeNull();
    expect(api.hits.cohorts).toBe(4);
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
    api.failFirst = 3;
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

describe('global error handling', () => {
  it('gathers one failure from several queries into one notice, calls onUnauthorized once, skips aborts', async () => {
    const onError = vi.fn();
    const onUnauthorized = vi.fn();
    const queryClient = client(permutiveErrorCaches({ onError, onUnauthorized }));
    await Promise.all(
      [1, 2, 3].map((n) =>
        queryClient.fetchQuery({ queryKey: ['me', n], queryFn: get('/me') }).catch(() => {}),
      ),
    );
    expect(api.hits.me).toBe(3);
    // One toast id for the three, counted 1, 2, 3.
    expect(onError.mock.calls.map((call) => [call[3].id, call[3].count])).toEqual([
      ['permutive-unauthorized-401-2000', 1],
      ['permutive-unauthorized-401-2000', 2],
      ['permutive-unauthorized-401-2000', 3],
    ]);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(onError.mock.calls[0]?.[1]).toMatchObject({ background: false });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);

    const slow = queryClient
      .fetchQuery({ queryKey: ['slow'], queryFn: get('/slow') })
      .catch(() => {});
    await waitFor(() => expect(api.hits.slow).toBe(1));
    await queryClient.cancelQueries({ queryKey: ['slow'] });
    await slow;
    expect(onError).toHaveBeenCalledTimes(3);
  });

  it('flags a failed background refetch, the case for a toast', async () => {
    const onError = vi.fn();
    const queryClient = client(permutiveErrorCaches({ onError, dedupeMs: 0 }));
    await queryClient.fetchQuery({ queryKey: ['cohorts'], queryFn: get('/cohorts') });
    api.cohortsDown = true;
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
        mutationFn: () => permutiveFetch(api.url('/save'), { method: 'POST', body: '{}' }),
      })
      .execute(undefined)
      .catch(() => {});
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[1].mutation).toBeDefined();
  });
});
