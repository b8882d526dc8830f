import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  QueryClient,
  QueryClientProvider,
  type UseQueryResult,
  useQueries,
  useQuery,
} from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import ky2 from 'ky2';
import * as React from 'react';
import { type ComponentType, useState } from 'react';
import ts from 'typescript';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodePermutiveError, ErrorBanner, type ErrorBannerProps } from '../../src/index.js';
import { startServer, type TestServer } from '../support/server.js';

// Every panel's endpoint is busy and asks for 5 s, with a new request id each time.
let server: TestServer;
let answered = 0;
let profiles = 0;
beforeAll(async () => {
  server = await startServer({
    '/profile': (_req, res) => {
      profiles += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ name: 'Ada' }));
    },
    '/busy': (_req, res) => {
      answered += 1;
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '5' });
      res.end(
        JSON.stringify({
          request_id: `busy-${answered}`,
          error: { status: 'Service Unavailable', code: 5000, message: 'Busy.' },
        }),
      );
    },
  });
});
afterAll(() => server.close());
beforeEach(() => {
  answered = 0;
  profiles = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * The recipe as the guide writes it: its tsx block, compiled, with the names its prelude declares.
 * `ErrorBanner` may be swapped for the app's own configuration of it.
 */
function recipe(banner: ComponentType<ErrorBannerProps> = ErrorBanner) {
  const guide = readFileSync(join(process.cwd(), 'docs/guides/tanstack-query.md'), 'utf8');
  const section = guide.slice(guide.indexOf('## Several failures on one page'));
  const block = section.match(/```tsx\n([\s\S]*?)\n```/)?.[1] ?? '';
  const { outputText } = ts.transpileModule(block, {
    compilerOptions: { jsx: ts.JsxEmit.React, target: ts.ScriptTarget.ES2022 },
  });
  // Each panel's endpoint answers through ky, whose errors the kit decodes afresh each time.
  const panels = ['audiences', 'segments'].map((name) => ({
    queryKey: [name],
    queryFn: () => ky2.get(server.url(`/busy?panel=${name}`), { retry: 0 }).json(),
  }));
  const Panel = ({ result, quiet }: { result: UseQueryResult; quiet: boolean }) =>
    quiet ? <p>Panel waiting</p> : <p>Panel {result.status}</p>;
  const names = { React, useQueries, decodePermutiveError, ErrorBanner: banner, panels, Panel };
  const compiled = new Function(...Object.keys(names), `${outputText}\nreturn Region;`);
  return compiled(...Object.values(names)) as ComponentType;
}

// A query of the page outside the region, which loads.
function Profile() {
  const query = useQuery({
    queryKey: ['profile'],
    queryFn: () => ky2.get(server.url('/profile')).json<{ name: string }>(),
  });
  return <p>{query.data ? `Signed in as ${query.data.name}` : 'Loading profile'}</p>;
}

/** The recipe in a page that renders again whenever its button is pressed. */
function renderPage(Region: ComponentType) {
  function Page() {
    const [renders, setRenders] = useState(0);
    return (
      <>
        <button type="button" onClick={() => setRenders(renders + 1)}>
          Refresh clock {renders}
        </button>
        <Profile />
        <Region />
      </>
    );
  }
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <Page />
    </QueryClientProvider>,
  );
  return client;
}

// Fake time stands still while the requests go to the server and back: wait for them with real
// turns of the event loop, running TanStack Query's zero-delay notifications between turns.
async function whileFetching(client: QueryClient) {
  for (let turn = 0; turn < 10_000 && (turn === 0 || client.isFetching() > 0); turn += 1) {
    await new Promise((resolve) => setImmediate(resolve));
    await act(() => vi.advanceTimersByTimeAsync(0));
  }
}

const TITLE = 'The service is temporarily unavailable';
const renderAgain = () => act(() => screen.getByRole('button', { name: /^Refresh clock/ }).click());

describe('the guide\'s "Several failures on one page" recipe, as written', () => {
  it("keeps counting down the shared failure's Retry-After while the page renders again", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const client = renderPage(recipe());
    await whileFetching(client);
    expect(answered).toBe(2);
    expect(screen.getAllByRole('group')).toHaveLength(1);
    expect(screen.getByRole('group', { name: TITLE })).toBeInTheDocument();
    expect(screen.getAllByText('Panel waiting')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Try again in 5 s' })).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(screen.getByRole('button', { name: 'Try again in 4 s' })).toBeInTheDocument();
    await renderAgain();
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(screen.getByRole('button', { name: 'Try again in 3 s' })).toBeInTheDocument();
    await renderAgain();
    for (const left of ['2 s', '1 s']) {
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(screen.getByRole('button', { name: `Try again in ${left}` })).toBeInTheDocument();
    }
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(screen.getByRole('button', { name: 'Try again' })).not.toHaveAttribute('aria-disabled');
  });

  it('keeps a dismissed banner dismissed while the page renders again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const Dismissible = (props: ErrorBannerProps) => (
      <ErrorBanner {...props} onDismiss={() => {}} />
    );
    const client = renderPage(recipe(Dismissible));
    await whileFetching(client);
    await act(() => screen.getByRole('button', { name: 'Dismiss' }).click());
    expect(screen.queryByRole('group', { name: TITLE })).toBeNull();
    await renderAgain();
    await renderAgain();
    expect(screen.queryByRole('group', { name: TITLE })).toBeNull();
  });

  it('Try again refetches the failed panels, and nothing else on the page', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const client = renderPage(recipe());
    await whileFetching(client);
    expect([answered, profiles]).toEqual([2, 1]);
    for (let second = 0; second < 5; second += 1) {
      await act(() => vi.advanceTimersByTimeAsync(1000));
    }
    await act(() => screen.getByRole('button', { name: 'Try again' }).click());
    await whileFetching(client);
    expect([answered, profiles]).toEqual([4, 1]);
    expect(screen.getByText('Signed in as Ada')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: TITLE })).toBeInTheDocument();
  });
});
