import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Toaster, toast } from 'sonner';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  type PermutiveErrorCachesOptions,
  permutiveErrorCaches,
  permutiveFetch,
} from '../../src/index.js';
import '../../src/styles.css';
import { contrast } from '../support/contrast.js';
import { watchLiveRegions } from '../support/live-regions.js';

// The recipe of docs/guides/tanstack-query.md, as an app writes it.
const onError: PermutiveErrorCachesOptions['onError'] = (
  _model,
  { background, mutation },
  { title, action },
  { id, count, retry, ui },
) => {
  if (!background && !mutation) return; // a first load shows a banner where its data would be
  return toast.warning(title, {
    id,
    description: count > 1 ? ui.requestsFailed(count) : action,
    duration: Infinity,
    closeButton: true,
    action: { label: ui.retry, onClick: retry },
  });
};
// The kit says the toast once; sonner's own region would say it again, buttons and all.
const quiet = (region: HTMLElement | null) => region?.setAttribute('aria-live', 'off');

const run = Math.random().toString(36).slice(2, 7);
const fetches: Record<string, number> = {};
let down = false;
const cohort = (name: string) => async () => {
  fetches[name] = (fetches[name] ?? 0) + 1;
  const url = `${inject('serverUrl')}/flaky?id=${name}${run}&fail=${down ? 999 : 0}`;
  await permutiveFetch(url);
  return { fetches: fetches[name] };
};

function Cohort({ name }: { name: string }) {
  const query = useQuery({ queryKey: [name], queryFn: cohort(name), retry: false });
  return <p>{query.data ? `${name} loaded ${query.data.fetches} times` : `Loading ${name}`}</p>;
}

function Page({
  client,
  theme,
  children,
}: {
  client: QueryClient;
  theme: 'light' | 'dark';
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={client}>
      <div data-theme={theme}>
        {children}
        <Toaster ref={quiet} theme={theme} />
      </div>
    </QueryClientProvider>
  );
}

const toasts = () => [...document.querySelectorAll<HTMLElement>('[data-sonner-toast]')];
const colour = (element: Element, property: 'color' | 'backgroundColor') =>
  getComputedStyle(element)[property];

// Each test's fake clock starts an hour after the last one's, so that the announcer's window for
// the same words (a second, on Date.now()) never spans two tests.
let hour = Date.now();
const fakeTimers = () => {
  hour += 3_600_000;
  vi.useFakeTimers({ now: hour, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
};

afterEach(async () => {
  vi.useRealTimers();
  down = false;
  for (const name of Object.keys(fetches)) delete fetches[name];
  toast.dismiss();
  await new Promise((done) => setTimeout(done, 50));
});

async function loaded(theme: 'light' | 'dark', names: string[]) {
  const client = new QueryClient(permutiveErrorCaches({ onError }));
  render(
    <Page client={client} theme={theme}>
      {names.map((name) => (
        <Cohort key={name} name={name} />
      ))}
    </Page>,
  );
  for (const name of names) await screen.findByText(`${name} loaded 1 times`);
  return client;
}

describe('toasts for background failures, with sonner', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`three background failures of one kind: one toast saying 3, said once, readable (${theme})`, async () => {
      const client = await loaded(theme, ['a', 'b', 'c']);
      const watch = watchLiveRegions();
      // The same words put in the region again are said again, though its text does not change.
      const lines: string[] = [];
      const added = new MutationObserver((records) => {
        for (const { addedNodes } of records)
          for (const node of addedNodes)
            if (node.parentElement?.closest('[data-permutive-announcer]'))
              lines.push(node.textContent ?? '');
      });
      added.observe(document.body, { subtree: true, childList: true });
      fakeTimers();
      down = true;
      // 1.5 s apart: each within the 2 s window of the last, but past the announcer's 1 s window,
      // so a repeat wrongly said again would be heard.
      for (const name of ['a', 'b', 'c']) {
        await client.refetchQueries({ queryKey: [name] });
        await vi.advanceTimersByTimeAsync(1500);
      }
      expect(toasts()).toHaveLength(1);
      const [shown] = toasts() as [HTMLElement];
      expect(shown.querySelector('[data-title]')?.textContent).toBe(
        'The service is temporarily unavailable',
      );
      expect(shown.querySelector('[data-description]')?.textContent).toBe('3 requests failed');
      await vi.advanceTimersByTimeAsync(10_000);
      vi.useRealTimers();
      expect(await watch.stop()).toEqual([
        { text: 'The service is temporarily unavailable', politeness: 'polite' },
      ]);
      added.disconnect();
      expect(lines).toEqual(['The service is temporarily unavailable']);

      // Sonner's own colours for the theme (white or black), and text readable on them.
      const background = colour(shown, 'backgroundColor');
      expect(background).toBe(theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)');
      for (const part of ['[data-title]', '[data-description]']) {
        const text = shown.querySelector(part) as HTMLElement;
        expect(contrast(colour(text, 'color'), background), part).toBeGreaterThanOrEqual(4.5);
      }
      const retry = screen.getByRole('button', { name: 'Try again' });
      expect(
        contrast(colour(retry, 'color'), colour(retry, 'backgroundColor')),
      ).toBeGreaterThanOrEqual(4.5);
      expect(retry.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
      expect(screen.getByRole('button', { name: 'Close toast' })).toBeVisible();
    });
  }

  it('a toast first shown at the second failure of a group is said once', async () => {
    const client = await loaded('light', ['i', 'j']);
    const watch = watchLiveRegions();
    fakeTimers();
    down = true;
    // A first load fails: the recipe shows no toast for it (a banner stands where its data would).
    await client
      .fetchQuery({ queryKey: ['first'], queryFn: cohort('first'), retry: false })
      .catch(() => {});
    await vi.advanceTimersByTimeAsync(500);
    expect(toasts()).toHaveLength(0);
    // Then a background refetch fails the same way (count 2): the toast appears, and a third.
    for (const name of ['i', 'j']) {
      await client.refetchQueries({ queryKey: [name] });
      await vi.advanceTimersByTimeAsync(1500);
    }
    expect(toasts().map((shown) => shown.querySelector('[data-description]')?.textContent)).toEqual(
      ['3 requests failed'],
    );
    await vi.advanceTimersByTimeAsync(10_000);
    vi.useRealTimers();
    expect(await watch.stop()).toEqual([
      { text: 'The service is temporarily unavailable', politeness: 'polite' },
    ]);
  });

  it('the toast with Try again outlasts sonner’s 4 s; Try again fetches the failed queries again', async () => {
    const client = await loaded('light', ['d', 'e']);
    fakeTimers();
    down = true;
    await client.refetchQueries();
    await vi.advanceTimersByTimeAsync(100);
    expect(toasts().map((shown) => shown.textContent)).toEqual([
      'The service is temporarily unavailable2 requests failedTry again',
    ]);
    // Sonner's default duration is 4 s, then 200 ms to leave.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(toasts()).toHaveLength(1);
    expect(toasts()[0]?.getAttribute('data-removed')).toBe('false');
    vi.useRealTimers();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible());

    down = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('d loaded 3 times')).toBeVisible();
    expect(await screen.findByText('e loaded 3 times')).toBeVisible();
    await waitFor(() => expect(toasts()).toHaveLength(0));
  });

  it('a mutation with its own onError raises no toast; one without does', async () => {
    const own = vi.fn();
    const save = async () => {
      await permutiveFetch(`${inject('serverUrl')}/flaky?id=save${run}&fail=999`);
    };
    function Save({ handled }: { handled: boolean }) {
      const mutation = useMutation({ mutationFn: save, onError: handled ? own : undefined });
      return (
        <button type="button" onClick={() => mutation.mutate()}>
          {handled ? 'Save, handled' : 'Save'}
        </button>
      );
    }
    render(
      <Page client={new QueryClient(permutiveErrorCaches({ onError }))} theme="light">
        <Save handled />
        <Save handled={false} />
      </Page>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save, handled' }));
    await waitFor(() => expect(own).toHaveBeenCalledTimes(1));
    // Sonner shows a toast on its next task: two frames later there is none.
    await new Promise((done) => setTimeout(done, 100));
    expect(toasts()).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(toasts()).toHaveLength(1));
    // Its first failure, not the second of two: the handled one was never counted.
    expect(toasts()[0]?.querySelector('[data-description]')?.textContent).toBe(
      'Try again. If it keeps happening, contact support.',
    );
  });
});
