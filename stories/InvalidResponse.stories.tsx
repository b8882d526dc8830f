import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { expect, userEvent } from 'storybook/test';
import * as z from 'zod/mini';
import {
  ErrorBanner,
  permutiveFetch,
  permutiveQueryDefaults,
  usePermutiveError,
} from '../src/index.js';
import { api, handlers } from './api.js';

// What this app expects from /api/cohorts. The mocked API sends `size`, not `audience`: the
// contract drifted, as it does when an API and an app are released apart.
const Cohorts = z.array(z.object({ id: z.int(), name: z.string(), audience: z.number() }));

function WithClient({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: permutiveQueryDefaults() }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

function ValidatedCohorts() {
  const query = useQuery({
    queryKey: ['cohorts', 'validated'],
    queryFn: ({ signal }) => permutiveFetch('/api/cohorts', { signal, schema: Cohorts }),
  });
  const { error, retry } = usePermutiveError(query);
  if (error) return <ErrorBanner error={error} onRetry={retry} />;
  return (
    <ul aria-label="Cohorts">
      {query.data?.map((cohort) => (
        <li key={cohort.id}>
          {cohort.name}: {cohort.audience}
        </li>
      )) ?? <li>Loading cohorts…</li>}
    </ul>
  );
}

/**
 * `permutiveFetch` given a zod schema for the success body: a 200 whose body does not match
 * throws the kit's error with kind `invalid-response`. The status stays 200, nothing is retried
 * (the same body would come back), and Details says where the body differed and what was
 * expected, never the values it held.
 */
const meta = {
  title: 'Query/Invalid response',
  component: ValidatedCohorts,
  tags: ['!autodocs'],
  beforeEach({ msw }) {
    api.reset({});
    api.latencyMs = 0;
    msw.use(...handlers);
  },
  decorators: [(Story) => <WithClient>{Story()}</WithClient>],
} satisfies Meta<typeof ValidatedCohorts>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The body drifted from the schema: one banner, the schema's complaint under Details. */
export const BodyDoesNotMatchTheSchema: Story = {
  play: async ({ canvas, canvasElement, globals }) => {
    const banner = await canvas.findByRole('heading', {
      name: globals.locale === 'fr' ? 'La réponse est inutilisable' : "The reply couldn't be used",
    });
    await expect(banner).toBeVisible();
    const root = canvasElement.querySelector('[data-kind]');
    await expect(root).toHaveAttribute('data-kind', 'invalid-response');
    await expect(root).toHaveAttribute('data-status', '200');
    // A short cause is shown as it is; a longer one sits in a Details disclosure.
    const disclosure = canvas.queryByText(/^(Details|Détails)$/);
    if (disclosure) await userEvent.click(disclosure);
    await expect(
      canvas.getByText(
        'The response did not match the expected schema: [0].audience: expected number; [1].audience: expected number.',
      ),
    ).toBeVisible();
    // Not retried: one request.
    await expect(api.hits.cohorts).toBe(1);
  },
};
