import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Toaster, toast } from 'sonner';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  ErrorBanner,
  permutiveErrorCaches,
  permutiveFetch,
  permutiveQueryDefaults,
  usePermutiveError,
} from '../src/index.js';
import { api, createCohortConflict, handlers } from './api.js';
import { advanceUntil, installFakeClock } from './clock.js';
import { ERRORS } from './fixtures.js';

/** A fresh client per story, set up as the TanStack Query guide recommends. */
function WithClient({
  children,
  theme,
}: {
  children: ReactNode;
  theme: 'light' | 'dark' | 'system';
}) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: permutiveQueryDefaults({ throwOnError: 'none' }),
        ...permutiveErrorCaches({
          onError: (_model, { background }, { title }, { id }) => {
            // A first load shows a banner where the data would be; a background failure
            // leaves the data on screen and raises a toast, said once by the kit.
            if (!background) return;
            return toast.warning(title, { id, description: 'Showing what was loaded before.' });
          },
        }),
      }),
  );
  return (
    <QueryClientProvider client={client}>
      {children}
      <Toaster theme={theme} ref={(region) => region?.setAttribute('aria-live', 'off')} />
    </QueryClientProvider>
  );
}

const meta = {
  title: 'Recipes/TanStack Query',
  tags: ['!autodocs'],
  beforeEach({ msw, viewMode }) {
    api.reset();
    msw.use(...handlers, createCohortConflict);
    return installFakeClock({ viewMode });
  },
  // The toasts take the toolbar's theme, as an app passes its own to sonner.
  decorators: [
    (Story, { globals }) => <WithClient theme={globals.theme ?? 'light'}>{Story()}</WithClient>,
  ],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

function CohortsWithRefresh() {
  const query = useQuery({
    queryKey: ['cohorts'],
    queryFn: ({ signal }) =>
      permutiveFetch<{ id: number; name: string }[]>('/api/cohorts', { signal }),
  });
  const { error, retry } = usePermutiveError(query);
  return (
    <section aria-label="Cohorts">
      <button type="button" onClick={() => query.refetch()}>
        Refresh
      </button>
      {error && !query.data && <ErrorBanner error={error} onRetry={retry} />}
      <ul>
        {query.data?.map((cohort) => (
          <li key={cohort.id}>{cohort.name}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A background refetch fails over data already on screen: the data stays, and a toast (from
 * the real sonner package, raised by the global `onError`) says it may be out of date.
 */
export const BackgroundToast: Story = {
  render: () => <CohortsWithRefresh />,
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('Sports fans')).toBeVisible();
    api.behaviour.cohorts = { status: 503, envelope: true, retryAfterS: null, failures: null };
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh' }));
    const page = within(canvasElement.ownerDocument.body);
    await advanceUntil(
      'the toast',
      () => page.queryByText('Showing what was loaded before.') !== null,
    );
    await expect(api.hits.cohorts).toBe(5);
    await expect(canvas.getByText('Sports fans')).toBeVisible();
    await expect(canvasElement.querySelector('[data-kind]')).toBeNull();
  },
};

/**
 * Several different failures on one page: a page-level banner for what blocks the page, and
 * inline banners, one level down, in the cards that failed on their own.
 */
export const SeveralErrorsOnOnePage: Story = {
  render: () => (
    <main style={{ display: 'grid', gap: '1rem', maxInlineSize: '48rem' }}>
      <h1>Segments</h1>
      <ErrorBanner error={ERRORS['403 Forbidden']} />
      <div style={{ display: 'grid', gap: '1rem', gridTemplateColumns: '1fr 1fr' }}>
        <section aria-label="Audience size">
          <h2>Audience size</h2>
          <ErrorBanner error={ERRORS['429 Too Many Requests']} variant="inline" headingLevel={3} />
        </section>
        <section aria-label="Related segments">
          <h2>Related segments</h2>
          <ErrorBanner error={ERRORS['404 Not Found']} variant="inline" headingLevel={3} />
        </section>
      </div>
    </main>
  ),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[data-kind]')).toHaveLength(3);
    await expect(canvas.getAllByRole('heading', { level: 3 })).toHaveLength(2);
    const size = canvas.getByRole('region', { name: 'Audience size' });
    await expect(size.querySelector('[data-kind]')).toHaveAttribute('data-kind', 'rate-limited');
  },
};

function NewCohortForm() {
  const create = useMutation({
    mutationFn: (name: string) =>
      permutiveFetch('/api/cohorts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      }),
  });
  const { error, retry, reset } = usePermutiveError(create);
  return (
    <form
      aria-label="New cohort"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(String(new FormData(event.currentTarget).get('name')));
      }}
    >
      {error && (
        <ErrorBanner
          error={error}
          variant="inline"
          headingLevel={3}
          onRetry={retry}
          onDismiss={reset}
        />
      )}
      <label htmlFor="cohort-name">Name</label> <input id="cohort-name" name="name" required />{' '}
      <button type="submit">Create cohort</button>
    </form>
  );
}

/** A mutation's failure stays next to the form that caused it; Dismiss clears it. */
export const MutationInAForm: Story = {
  render: () => <NewCohortForm />,
  play: async ({ canvas, canvasElement }) => {
    await userEvent.type(canvas.getByLabelText('Name'), 'Sports fans');
    await userEvent.click(canvas.getByRole('button', { name: 'Create cohort' }));
    await advanceUntil('the banner', () => canvasElement.querySelector('[data-kind]') !== null);
    await expect(canvasElement.querySelector('[data-kind]')).toHaveAttribute('data-status', '409');
    await userEvent.click(canvas.getByRole('button', { name: /dismiss/i }));
    await waitFor(() => expect(canvasElement.querySelector('[data-kind]')).toBeNull());
    // The form is still there to correct and send again.
    await expect(canvas.getByRole('button', { name: 'Create cohort' })).toBeVisible();
  },
};
