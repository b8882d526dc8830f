import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  ErrorBanner,
  PermutiveErrorBoundary,
  permutiveFetch,
  permutiveQueryDefaults,
  usePermutiveError,
} from '../../src/index.js';
import '../../src/styles.css';
import { watchLiveRegions } from '../support/live-regions.js';

afterEach(() => {
  vi.useRealTimers();
});

const TITLE = 'The service is temporarily unavailable';
const SAID = `${TITLE}. It's down for maintenance or too busy to take on more work.`;
// The real fault server (test/support/browser-server.ts): `fail` first answers are 503s with a
// new request id each, then a cohort; each answer comes after `delay` ms.
const flaky = (id: string, fail: number) =>
  `${inject('serverUrl')}/flaky?id=${id}${Math.random().toString(36).slice(2, 5)}&fail=${fail}&delay=400`;

const client = () =>
  new QueryClient({
    defaultOptions: permutiveQueryDefaults({ maxRetries: 0, throwOnError: 'retryable' }),
  });

function Cohort({ url }: { url: string }) {
  const query = useQuery({
    queryKey: ['cohort', url],
    queryFn: ({ signal }) => permutiveFetch<{ name: string }>(url, { signal }),
  });
  return query.data ? <a href="#cohort">{query.data.name}</a> : <p>Loading…</p>;
}

function Page({
  url,
  onError,
  onReset,
}: {
  url: string;
  onError?: () => void;
  onReset?: () => void;
}) {
  return (
    <QueryClientProvider client={client()}>
      <main>
        <h1>Audiences</h1>
        <PermutiveErrorBoundary onError={onError} onReset={onReset}>
          <Cohort url={url} />
        </PermutiveErrorBoundary>
      </main>
    </QueryClientProvider>
  );
}

describe("the boundary's Try again against a real server", () => {
  it('keeps the banner up, busy and focused, until the data arrives; focus stays on the page', async () => {
    render(<Page url={flaky('ok', 1)} />);
    const banner = await screen.findByRole('group', { name: TITLE }, { timeout: 5000 });
    await userEvent.click(within(banner).getByRole('button', { name: 'Try again' }));

    // The retry is under way: the same banner, its Try again busy and still focused.
    const busy = within(banner).getByRole('button', { name: 'Retrying…' });
    expect(screen.getByRole('group', { name: TITLE })).toBe(banner);
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(document.activeElement).toBe(busy);
    // Every change to the page until the data arrives: the banner never leaves before it.
    let gap = false;
    const watch = new MutationObserver(() => {
      if (!banner.isConnected && !screen.queryByRole('link', { name: 'Sports fans' })) gap = true;
    });
    watch.observe(document.body, { subtree: true, childList: true, characterData: true });

    const data = await screen.findByRole('link', { name: 'Sports fans' }, { timeout: 5000 });
    watch.disconnect();
    expect(gap).toBe(false);
    expect(screen.queryByRole('group', { name: TITLE })).toBeNull();
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    expect(document.activeElement).toBe(data);
  });

  it('shows a failing retry in the same banner, announced once more', async () => {
    // Date alone is fake, and runs on with the real clock, so the server and the query keep time.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    const live = watchLiveRegions();
    const onError = vi.fn();
    const onReset = vi.fn();
    render(<Page url={flaky('twice', 2)} onError={onError} onReset={onReset} />);
    const banner = await screen.findByRole('group', { name: TITLE }, { timeout: 5000 });
    await waitFor(() => expect(live.said).toHaveLength(1));
    expect(banner).toHaveTextContent(/twice\w*-1/);
    // A person reads the banner before pressing Try again (the same words within a second are
    // spoken once: banners of one failure appearing together): the page's clock moves on.
    vi.setSystemTime(Date.now() + 1100);
    await userEvent.click(within(banner).getByRole('button', { name: 'Try again' }));
    expect(within(banner).getByRole('button', { name: 'Retrying…' })).toBe(document.activeElement);

    await waitFor(() => expect(banner).toHaveTextContent(/twice\w*-2/), { timeout: 5000 });
    expect(screen.getByRole('group', { name: TITLE })).toBe(banner);
    const again = within(banner).getByRole('button', { name: 'Try again' });
    expect(again).not.toHaveAttribute('aria-disabled');
    expect(document.activeElement).toBe(again);
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls.map(([, , model]) => model.requestId)).toEqual([
      expect.stringMatching(/^twice\w*-1$/),
      expect.stringMatching(/^twice\w*-2$/),
    ]);
    expect(await live.stop()).toEqual([
      { text: SAID, politeness: 'assertive' },
      { text: SAID, politeness: 'assertive' },
    ]);
  });
});

describe('Try again on an inline banner from usePermutiveError', () => {
  it('keeps the banner up, busy, until the query settles', async () => {
    const url = flaky('inline', 1);
    function Inline() {
      const query = useQuery({
        queryKey: ['inline', url],
        queryFn: ({ signal }) => permutiveFetch<{ name: string }>(url, { signal }),
      });
      const { error, retry, isRetrying } = usePermutiveError(query);
      if (query.data) return <a href="#cohort">{query.data.name}</a>;
      return <ErrorBanner error={error} variant="inline" onRetry={retry} retrying={isRetrying} />;
    }
    render(
      <QueryClientProvider
        client={new QueryClient({ defaultOptions: permutiveQueryDefaults({ maxRetries: 0 }) })}
      >
        <Inline />
      </QueryClientProvider>,
    );
    const banner = await screen.findByRole('group', { name: TITLE }, { timeout: 5000 });
    await userEvent.click(within(banner).getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(within(banner).getByRole('button', { name: 'Retrying…' })).toBe(
        document.activeElement,
      ),
    );
    expect(await screen.findByRole('link', { name: 'Sports fans' }, { timeout: 5000 })).toBe(
      document.activeElement,
    );
  });

  it('keeps a failed mutation up, busy, while it runs again', async () => {
    const url = flaky('save', 1);
    function Save() {
      const save = useMutation({
        mutationFn: () => permutiveFetch<{ name: string }>(url),
      });
      const { error, retry, isRetrying } = usePermutiveError(save);
      if (save.data) return <p>Saved {save.data.name}</p>;
      return (
        <>
          <button type="button" onClick={() => save.mutate()}>
            Save
          </button>
          <ErrorBanner error={error} variant="inline" onRetry={retry} retrying={isRetrying} />
        </>
      );
    }
    render(
      <QueryClientProvider
        client={new QueryClient({ defaultOptions: permutiveQueryDefaults({ maxRetries: 0 }) })}
      >
        <Save />
      </QueryClientProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const banner = await screen.findByRole('group', { name: TITLE }, { timeout: 5000 });
    await userEvent.click(within(banner).getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(within(banner).getByRole('button', { name: 'Retrying…' })).toBe(
        document.activeElement,
      ),
    );
    expect(await screen.findByText('Saved Sports fans', {}, { timeout: 5000 })).toBeInTheDocument();
  });
});
