import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { fr } from '../src/messages/fr.js';
import { api, handlers } from './api.js';
import { advanceUntil, installFakeClock } from './clock.js';
import { LiveDemo } from './LiveDemo.js';
import './playground.css';

/**
 * A dashboard of real TanStack queries against a mocked Permutive API. Use the **Mocked API**
 * panel to make any endpoint answer any status (with or without Permutive's envelope, with
 * `Retry-After`), drop the network, slow down or recover after a few failures, then watch the
 * retries, countdowns, the boundary around Cohorts and the recovery.
 */
const meta = {
  title: 'Live demo/Dashboard',
  component: LiveDemo,
  // A demo, not a component: no props page.
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
  args: { baseDelayMs: 500, maxDelayMs: 4000, maxRetries: 2 },
  // The global handler runs outside React: it gets the toolbar's language as an option.
  render: (args, { globals }) => (
    <LiveDemo
      {...args}
      messages={globals.locale === 'fr' ? fr : undefined}
      theme={globals.theme ?? 'light'}
    />
  ),
  beforeEach({ msw, viewMode }) {
    api.reset();
    msw.use(...handlers);
    return installFakeClock({ viewMode });
  },
} satisfies Meta<typeof LiveDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

// Banners once retries are over (while they run, a panel's banner shows the failure quietly).
const FINAL = '[data-kind]:not([data-state="retrying"])';
const banners = (root: HTMLElement) => root.querySelectorAll(FINAL);
const pageBanner = (root: HTMLElement) =>
  root.querySelector('[data-testid="page-banner"]') !== null;

/** Cohorts load; the other panels show a 401 envelope, a proxy's 502 page and a 429 inline. */
export const Dashboard: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText(/Sports fans/)).toBeVisible();
    const account = canvas.getByRole('region', { name: 'Your account' });
    const segments = canvas.getByRole('region', { name: 'Segments' });
    const usage = canvas.getByRole('region', { name: 'Usage' });
    // 401 is not retried; 502 and 429 are, twice, before their banners appear.
    await advanceUntil('three banners', () => banners(canvasElement).length === 3);
    await expect(account.querySelector('[data-kind]')).toHaveAttribute('data-kind', 'unauthorized');
    await expect(segments.querySelector('[data-kind]')).toHaveAttribute('data-status', '502');
    await expect(within(segments).getByText('edge-segments-3')).toBeVisible();
    await expect(usage.querySelector('[data-kind]')).toHaveAttribute('data-kind', 'rate-limited');
    await expect(api.hits).toEqual({ cohorts: 1, me: 1, segments: 3, usage: 3 });
  },
};

/** Cohorts fail three times (first try and two retries), reaching the boundary; Try again recovers. */
export const RecoversOnRetry: Story = {
  beforeEach() {
    api.reset({ cohorts: { status: 503, envelope: true, retryAfterS: null, failures: 3 } });
  },
  play: async ({ canvas }) => {
    const list = canvas.getByRole('region', { name: 'Cohort list' });
    await advanceUntil(
      'the boundary shows its banner',
      () => api.hits.cohorts === 3 && list.querySelector(FINAL) !== null,
    );
    await expect(list.querySelector('[data-kind]')).toHaveAttribute('data-status', '503');
    await userEvent.click(within(list).getByRole('button', { name: /try again/i }));
    await expect(await within(list).findByText(/Sports fans/)).toBeVisible();
    await expect(api.hits.cohorts).toBe(4);
  },
};

/** Every endpoint answers the same 503: the page shows one banner, not four. */
export const EverythingFailsTheSameWay: Story = {
  beforeEach() {
    api.everywhere({ status: 503, envelope: true, retryAfterS: null, failures: null });
  },
  play: async ({ canvas, canvasElement }) => {
    // The four queries give up one after another: until the last, the first has its own banner.
    await advanceUntil(
      'every endpoint gave up, under one page banner',
      () => Object.values(api.hits).every((hits) => hits === 3) && pageBanner(canvasElement),
    );
    await waitFor(() => expect(banners(canvasElement)).toHaveLength(1));
    await expect(canvas.getByTestId('page-banner')).toHaveAttribute('data-status', '503');
    await expect(canvas.getAllByText('Not loaded: see the message above.')).toHaveLength(4);
    const reported = canvas.getByRole('region', { name: 'Reported errors' });
    await expect(within(reported).getAllByRole('listitem')).toHaveLength(1);
    // One notice, but every query's failure reaches the log.
    await expect(within(reported).getByText(/repeats included/)).toHaveTextContent(': 4');
  },
};

/** No response at all: one banner says so, and the global handler reports it once. */
export const NetworkDown: Story = {
  beforeEach() {
    api.everywhere({ status: 0, envelope: true, retryAfterS: null, failures: null });
  },
  play: async ({ canvas, canvasElement }) => {
    await advanceUntil(
      'one page banner',
      () => Object.values(api.hits).every((hits) => hits === 3) && pageBanner(canvasElement),
    );
    await waitFor(() => expect(banners(canvasElement)).toHaveLength(1));
    await expect(canvas.getByTestId('page-banner')).toHaveAttribute('data-kind', 'network');
    const reported = canvas.getByRole('region', { name: 'Reported errors' });
    await expect(within(reported).getAllByText(/network/)).toHaveLength(1);
  },
};

/** Steered from the panel: usage fails once with a 500, the panel shows it quietly while it retries, then loads. */
export const SteerFromThePanel: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Sports fans/)).toBeVisible();
    const panel = canvas.getByRole('form', { name: 'Mocked API' });
    await userEvent.selectOptions(within(panel).getByLabelText('Endpoint'), '/api/usage');
    await userEvent.selectOptions(
      within(panel).getByLabelText('Answer'),
      '500 Internal Server Error',
    );
    await userEvent.type(within(panel).getByLabelText(/Recover after/), '1');
    await userEvent.click(within(panel).getByRole('button', { name: 'Apply and reload' }));
    const usage = canvas.getByRole('region', { name: 'Usage' });
    const retrying = await within(usage).findByRole('group', {
      name: 'The service ran into a problem',
    });
    await expect(retrying).toHaveAttribute('data-state', 'retrying');
    await expect(within(retrying).getByRole('button', { name: 'Retrying…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await advanceUntil('usage loads', () => within(usage).queryByText('Loaded') !== null);
    await expect(api.hits.usage).toBe(2);
  },
};

/** In French (from the toolbar), the global handler's toasts and reports are French too. */
export const ToastsFollowTheLanguage: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvas }) => {
    const reported = canvas.getByRole('region', { name: 'Reported errors' });
    await advanceUntil(
      'three reports',
      () => within(reported).queryAllByRole('listitem').length === 3,
    );
    await expect(within(reported).getByText('L’accès au service a été refusé (401)')).toBeVisible();
    await expect(within(reported).getByText(/repeats included/)).toHaveTextContent(': 3');
  },
};
