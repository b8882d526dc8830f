import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { type ReactNode, useState } from 'react';
import { describe, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import {
  ErrorBanner,
  ErrorMessagesProvider,
  permutiveFetch,
  permutiveQueryDefaults,
  usePermutiveError,
} from '../../src/index.js';
import { fr } from '../../src/messages/fr.js';
import '../../src/styles.css';
import { watchLiveRegions } from '../support/live-regions.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    offlineFor: (ms: number) => Promise<void>;
  }
}

const OFFLINE = "You're offline. We'll try again when you're back online.";
// The real fault server (test/support/browser-server.ts): `fail` first answers are 503s, then a
// cohort, each after `delay` ms.
const flaky = (fail: number, delay = 0) =>
  `${inject('serverUrl')}/flaky?id=off${Math.random().toString(36).slice(2, 7)}&fail=${fail}&delay=${delay}`;

function Cohort({ url }: { url: string }) {
  const query = useQuery({
    queryKey: ['cohort', url],
    queryFn: ({ signal }) => permutiveFetch<{ name: string }>(url, { signal }),
  });
  const { banner } = usePermutiveError(query);
  if (query.isSuccess) return <p>{query.data.name}</p>;
  if (banner) return <ErrorBanner {...banner} />;
  return <p>Loading cohort…</p>;
}

// The app mounts its QueryClient first (as every app does), so TanStack Query hears the browser
// go offline; the query mounts afterwards, from a button.
function App({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: permutiveQueryDefaults({ baseDelayMs: 200, maxDelayMs: 200 }),
      }),
  );
  const [open, setOpen] = useState(false);
  return (
    <QueryClientProvider client={client}>
      <button type="button" onClick={() => setOpen(true)}>
        Open cohorts
      </button>
      {open && children}
    </QueryClientProvider>
  );
}

// While offline, the runner's messages to the page are held: the tests click through the DOM and
// await nothing from the runner until the offline window has ended.
const OFFLINE_MS = 1500;
const goOffline = async () => {
  const back = commands.offlineFor(OFFLINE_MS);
  await waitFor(() => expect(navigator.onLine).toBe(false));
  // In an object: an async function returning the promise itself would wait for it.
  return { back };
};
const click = (name: string) => screen.getByRole('button', { name }).click();

describe('offline, in Chromium', () => {
  it('a query mounted while offline says so at once, politely and once, and loads when back online', async () => {
    const watch = watchLiveRegions();
    render(
      <App>
        <Cohort url={flaky(0)} />
      </App>,
    );
    const { back } = await goOffline();
    const opened = performance.now();
    click('Open cohorts');
    const notice = await screen.findByRole('group', { name: "You're offline" });
    const shownAfter = performance.now() - opened;
    expect(notice).toHaveTextContent("We'll try again when you're back online.");
    expect(screen.queryByText('Loading cohort…')).toBeNull();
    expect(navigator.onLine).toBe(false);

    await back;
    expect(await screen.findByText('Sports fans', undefined, { timeout: 3000 })).toBeVisible();
    expect(screen.queryByRole('group')).toBeNull();
    expect(await watch.stop()).toEqual([{ text: OFFLINE, politeness: 'polite' }]);
    expect(shownAfter).toBeLessThan(1000);
  });

  it('in French too', async () => {
    render(
      <ErrorMessagesProvider messages={fr}>
        <App>
          <Cohort url={flaky(0)} />
        </App>
      </ErrorMessagesProvider>,
    );
    const { back } = await goOffline();
    click('Open cohorts');
    const notice = await screen.findByRole('group', { name: 'Vous êtes hors ligne' });
    expect(notice).toHaveTextContent('Nous réessaierons dès que vous serez de nouveau en ligne.');
    await back;
    expect(await screen.findByText('Sports fans', undefined, { timeout: 3000 })).toBeVisible();
  });

  it('a mutation sent while offline says so, and is sent when back online', async () => {
    let sent = 0;
    function Save() {
      const save = useMutation({
        mutationFn: () => {
          sent += 1;
          return permutiveFetch<{ name: string }>(flaky(0));
        },
      });
      const { banner } = usePermutiveError(save);
      return (
        <>
          <button type="button" onClick={() => save.mutate()}>
            Save
          </button>
          {banner && <ErrorBanner {...banner} variant="inline" />}
          {save.isSuccess && <p>Saved</p>}
        </>
      );
    }
    render(
      <App>
        <Save />
      </App>,
    );
    click('Open cohorts');
    const { back } = await goOffline();
    click('Save');
    expect(await screen.findByRole('group', { name: "You're offline" })).toBeVisible();
    expect(sent).toBe(0);
    await back;
    expect(await screen.findByText('Saved', undefined, { timeout: 3000 })).toBeVisible();
    expect(sent).toBe(1);
    expect(screen.queryByRole('group')).toBeNull();
  });
});

describe('retrying, in Chromium', () => {
  it('the first failed attempt shows at once and is announced politely, once; the final banner is not said again', async () => {
    const watch = watchLiveRegions();
    render(
      <App>
        <Cohort url={flaky(9)} />
      </App>,
    );
    click('Open cohorts');
    const banner = await screen.findByRole('group', {
      name: 'The service is temporarily unavailable',
    });
    expect(banner).toHaveAttribute('data-state', 'retrying');
    expect(screen.getByRole('button', { name: 'Retrying…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await screen.findByRole('button', { name: 'Try again' }, { timeout: 5000 });
    expect(banner).not.toHaveAttribute('data-state');
    expect(await watch.stop()).toEqual([
      {
        text: "The service is temporarily unavailable. It's down for maintenance or too busy to take on more work.",
        politeness: 'polite',
      },
    ]);
  });
});
