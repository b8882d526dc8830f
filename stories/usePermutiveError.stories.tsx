import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import {
  ErrorBanner,
  permutiveFetch,
  permutiveQueryDefaults,
  usePermutiveError,
} from '../src/index.js';
import { api, handlers } from './api.js';
import { advanceUntil, installFakeClock } from './clock.js';

interface Cohort {
  id: string;
  name: string;
}

function CohortList({ cohorts }: { cohorts: Cohort[] }) {
  return (
    <ul>
      {cohorts.map((cohort) => (
        <li key={cohort.id}>{cohort.name}</li>
      ))}
    </ul>
  );
}

// The README's quick start, as written there (from the first failed attempt the banner shows the
// failure, quietly, while the default retries continue).
function Cohorts() {
  const query = useQuery({
    queryKey: ['cohorts'],
    queryFn: ({ signal }) =>
      permutiveFetch<Cohort[]>('/api/cohorts', { signal, timeoutMs: 10_000 }),
  });
  const { banner } = usePermutiveError(query);
  if (query.isSuccess) return <CohortList cohorts={query.data} />;
  if (banner) return <ErrorBanner {...banner} />;
  return <p>Loading cohorts…</p>;
}

/** The README's quick start against the mocked API. */
function QuickStartApp() {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: permutiveQueryDefaults({ throwOnError: 'none' }) }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <Cohorts />
    </QueryClientProvider>
  );
}

/** A component that shows what the hook returns while a query fails and retries. */
function RetryState() {
  const query = useQuery({
    queryKey: ['usage'],
    queryFn: ({ signal }) => permutiveFetch('/api/usage', { signal }),
  });
  const state = usePermutiveError(query);
  const rows: [string, string][] = [
    ['failure', state.failure ? `${state.failure.kind} ${state.failure.status}` : 'null'],
    ['failureCount', String(state.failureCount)],
    ['isRetrying', String(state.isRetrying)],
    ['error', state.error ? `${state.error.kind} ${state.error.status}` : 'null'],
  ];
  return (
    <>
      <dl aria-label="usePermutiveError">
        {rows.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {state.error && <ErrorBanner error={state.error} onRetry={state.retry} />}
    </>
  );
}

/**
 * `usePermutiveError(result)` takes the result of `useQuery`, `useSuspenseQuery`,
 * `useInfiniteQuery` or `useMutation` and returns the decoded error, the retry state, the
 * banner's props and `retry`/`reset`. These stories run real queries against the mocked API.
 */
const meta = {
  title: 'Query/usePermutiveError',
  component: QuickStartApp,
  // Each story on the docs page in its own frame: they share one mocked API otherwise.
  parameters: { docs: { story: { inline: false, iframeHeight: 360 } } },
  beforeEach({ msw, viewMode }) {
    api.reset({ cohorts: { status: 503, envelope: true, retryAfterS: null, failures: 4 } });
    msw.use(...handlers);
    return installFakeClock({ viewMode });
  },
} satisfies Meta<typeof QuickStartApp>;

export default meta;
type Story = StoryObj<typeof meta>;

const untilTheBanner = async (canvasElement: HTMLElement) => {
  await advanceUntil(
    'the final banner',
    () => canvasElement.querySelector('[data-kind]:not([data-state])') !== null,
  );
  await expect(api.hits.cohorts).toBe(4);
  await expect(canvasElement.querySelector('[data-kind]')).toHaveAttribute('data-status', '503');
};

/**
 * The quick start: the cohorts API answers 503 four times. The first try and three retries
 * fail, and the banner appears; it stays for you to read (Try again then loads the cohorts).
 */
export const QuickStart: Story = {
  play: async ({ canvas, canvasElement }) => {
    await untilTheBanner(canvasElement);
    await expect(
      canvas.getByRole('heading', { name: 'The service is temporarily unavailable' }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: /try again/i })).toBeVisible();
  },
};

/** The same failure, right after the first attempt: the banner shows it quietly while the retries run. */
export const QuickStartRetrying: Story = {
  play: async ({ canvas, canvasElement }) => {
    await advanceUntil(
      'the first banner',
      () => canvasElement.querySelector('[data-kind]') !== null,
    );
    await expect(api.hits.cohorts).toBe(1);
    const banner = canvas.getByRole('group', { name: 'The service is temporarily unavailable' });
    await expect(banner).toHaveAttribute('data-state', 'retrying');
    await expect(canvas.getByRole('button', { name: 'Retrying…' })).toBeVisible();
    await expect(canvas.queryByText('Loading cohorts…')).toBeNull();
  },
};

/** The same failure, then Try again: the fifth answer is a 200 and the cohorts load. */
export const QuickStartRecovers: Story = {
  play: async ({ canvas, canvasElement }) => {
    await untilTheBanner(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /try again/i }));
    await expect(await canvas.findByText('Sports fans')).toBeVisible();
  },
};

/** `failure` and `failureCount` tell the app about each failed attempt before the last. */
export const WhileRetrying: Story = {
  render: () => {
    const [client] = useState(
      () =>
        new QueryClient({
          defaultOptions: permutiveQueryDefaults({ maxRetries: 2, throwOnError: 'none' }),
        }),
    );
    return (
      <QueryClientProvider client={client}>
        <RetryState />
      </QueryClientProvider>
    );
  },
  beforeEach() {
    api.reset({ usage: { status: 502, envelope: false, retryAfterS: null, failures: null } });
  },
  play: async ({ canvas }) => {
    const state = canvas.getByLabelText('usePermutiveError');
    const field = (name: string) => within(state).getByText(name).nextElementSibling?.textContent;
    await advanceUntil('the first failure', () => field('failureCount') === '1');
    await expect(field('failure')).toBe('server 502');
    await expect(field('isRetrying')).toBe('true');
    await expect(field('error')).toBe('null');
    await advanceUntil('the last failure', () => field('error') === 'server 502');
    await expect(field('failureCount')).toBe('3');
    await expect(field('isRetrying')).toBe('false');
  },
};
