import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { api, handlers, offline } from './api.js';
import { LiveDemo } from './LiveDemo.js';
import './playground.css';

const meta = {
  title: 'Live demo/Dashboard',
  component: LiveDemo,
  beforeEach({ msw }) {
    api.cohortHits = 0;
    api.cohortFailures = 0;
    msw.use(...handlers);
  },
} satisfies Meta<typeof LiveDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Cohorts load; the other panels show a 401 envelope, an nginx 502 page and a 429 inline. */
export const Dashboard: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Sports fans/)).toBeVisible();
    const account = canvas.getByRole('region', { name: 'Your account' });
    await expect(await within(account).findByRole('alert')).toHaveAttribute(
      'data-kind',
      'unauthorized',
    );
    const segments = canvas.getByRole('region', { name: 'Segments' });
    await waitFor(
      () => expect(within(segments).getByRole('alert')).toHaveAttribute('data-status', '502'),
      { timeout: 4000 },
    );
    await expect(within(segments).getByText('edge-7f3a')).toBeVisible();
  },
};

/** The cohorts API fails three times (first try and two retries), reaching the boundary; retry recovers. */
export const RecoversOnRetry: Story = {
  beforeEach() {
    api.cohortFailures = 3;
  },
  play: async ({ canvas }) => {
    const list = canvas.getByRole('region', { name: 'Cohort list' });
    const banner = await within(list).findByRole('alert', {}, { timeout: 5000 });
    await expect(banner).toHaveAttribute('data-status', '503');
    await expect(api.cohortHits).toBe(3);
    await userEvent.click(within(banner).getByRole('button', { name: 'Try again' }));
    await expect(await within(list).findByText(/Sports fans/)).toBeVisible();
    await expect(api.cohortHits).toBe(4);
  },
};

/** No response at all: every panel says so, and the global handler reports it once. */
export const NetworkDown: Story = {
  beforeEach({ msw }) {
    msw.use(...offline);
  },
  play: async ({ canvas }) => {
    const account = canvas.getByRole('region', { name: 'Your account' });
    await waitFor(
      () => expect(within(account).getByRole('alert')).toHaveAttribute('data-kind', 'network'),
      { timeout: 5000 },
    );
    const reported = canvas.getByRole('region', { name: 'Reported errors' });
    await waitFor(() => expect(within(reported).getAllByText(/network/)).toHaveLength(1), {
      timeout: 5000,
    });
  },
};
