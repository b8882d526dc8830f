// The Chromium half of `npm run bench`: 1,000 banners against 1,000 hand-written copies of
// their DOM, and render counts of usePermutiveError against the query alone.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { usePermutiveError } from '../../src/index.js';
import '../../src/styles.css';
import { ENVELOPE_401 } from '../../test/support/envelopes.js';
import { type Paired, paired } from '../measure.js';
import { bannerTree, handTree } from '../trees.js';
import { nextFrame } from './frame.js';

/** Mounts `tree` in a fresh root: milliseconds to commit and to the end of the next frame. */
async function mount(tree: ReactNode, keep?: (host: HTMLElement) => void) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await nextFrame();
  const start = performance.now();
  flushSync(() => root.render(tree));
  const commit = performance.now() - start;
  await nextFrame();
  const frame = performance.now() - start;
  keep?.(host);
  root.unmount();
  host.remove();
  await nextFrame();
  return { commit, frame };
}

/** The first banner's DOM against the first hand-written one's, as the browser built them. */
async function sameDom() {
  let banner = '';
  let hand = '';
  await mount(bannerTree(), (host) => {
    banner = host.firstElementChild?.outerHTML ?? '';
  });
  await mount(handTree(), (host) => {
    hand = host.firstElementChild?.outerHTML ?? '';
  });
  // React's useId counts on across mounts in one page: ids differ by their number only.
  const ids = (html: string) => html.replace(/_r_[0-9a-z]+_/g, '_r_id_');
  return { same: ids(banner) === ids(hand), banner, hand };
}

async function render(runs: number) {
  const dom = await sameDom();
  if (!dom.same) return { dom };
  const { commit, frame } = await paired(
    () => mount(bannerTree()),
    () => mount(handTree()),
    { runs },
  );
  const figure = ({ subjectMs, baselineMs, ...rest }: Paired) => ({
    bannerMs: subjectMs,
    handMs: baselineMs,
    ...rest,
  });
  return { dom, commit: figure(commit), frame: figure(frame) };
}

// Fails as an HTTP client does: after a task, with the status and the parsed envelope.
async function failingQuery(): Promise<never> {
  await new Promise((wait) => setTimeout(wait, 10));
  throw Object.assign(new Error('Request failed with status code 401'), {
    status: 401,
    data: structuredClone(ENVELOPE_401),
  });
}
const counts = { queryAlone: 0, usePermutiveError: 0 };
const settled = { queryAlone: false, usePermutiveError: false };

function QueryAlone() {
  const query = useQuery({ queryKey: ['alone'], queryFn: failingQuery, retry: false });
  counts.queryAlone++;
  settled.queryAlone = query.isError;
  return null;
}

function WithHook() {
  const query = useQuery({ queryKey: ['hooked'], queryFn: failingQuery, retry: false });
  const state = usePermutiveError(query);
  counts.usePermutiveError++;
  settled.usePermutiveError = state.error != null;
  return null;
}

/**
 * Renders of a component using the query alone and of one adding usePermutiveError, in the
 * production build; test/query/page.test.tsx ("adds no render over the query") checks the same.
 */
async function rerenders() {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  root.render(
    <QueryClientProvider client={new QueryClient()}>
      <QueryAlone />
      <WithHook />
    </QueryClientProvider>,
  );
  while (!(settled.queryAlone && settled.usePermutiveError)) await nextFrame();
  for (let i = 0; i < 10; i++) await nextFrame();
  root.unmount();
  host.remove();
  return { ...counts };
}

/** Mounts 1,000 banners `times` times, for the profiler (bench/profile.mjs). */
async function mountBanners(times: number) {
  for (let i = 0; i < times; i++) await mount(bannerTree());
}

Object.assign(window, { bench: { render, rerenders, mountBanners } });
