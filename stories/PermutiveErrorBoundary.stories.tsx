import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import {
  PermutiveError,
  PermutiveErrorBoundary,
  type PermutiveFallbackProps,
} from '../src/index.js';
import { ERRORS } from './fixtures.js';

// What the guarded part of the page does: fail until the boundary resets, then load.
const part = { failing: true };
const reset = () => {
  part.failing = false;
};

function Cohorts() {
  if (part.failing) throw new PermutiveError(ERRORS['500 Internal Server Error']);
  return <p>Cohorts loaded: Sports fans, Frequent travellers.</p>;
}

/**
 * An error boundary for a region of the page. Its fallback is the `ErrorBanner` by default, or
 * an element, a component or a function of `{ error, model, resetErrorBoundary }`. Try again
 * resets the boundary, and TanStack Query fetches the failed queries below it again.
 */
const meta = {
  title: 'Query/PermutiveErrorBoundary',
  component: PermutiveErrorBoundary,
  args: { children: <Cohorts />, onReset: reset, onError: fn() },
  argTypes: { children: { control: false } },
  beforeEach() {
    part.failing = true;
  },
} satisfies Meta<typeof PermutiveErrorBoundary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Without a fallback prop: the banner, whose Try again resets the boundary. */
export const DefaultBanner: Story = {
  play: async ({ canvas, args }) => {
    await expect(args.onError).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('heading', { level: 2 })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /try again/i }));
    await expect(await canvas.findByText(/Cohorts loaded/)).toBeVisible();
  },
};

/** `bannerProps` adjusts the default banner: here inline, under a level-3 heading. */
export const BannerProps: Story = {
  args: { bannerProps: { variant: 'inline', headingLevel: 3 } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 3 })).toBeVisible();
  },
};

/** `fallback`: a fixed element. It cannot retry, so say what to do instead. */
export const FallbackElement: Story = {
  args: {
    fallback: <p role="alert">Cohorts are unavailable. Reload the page to try again.</p>,
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Cohorts are unavailable.');
  },
};

function CohortsFallback({ model, resetErrorBoundary }: PermutiveFallbackProps) {
  return (
    <div role="alert">
      <p>
        Cohorts could not load (error {model.status}, request {model.requestId}).
      </p>
      <button type="button" onClick={resetErrorBoundary}>
        Load cohorts again
      </button>
    </div>
  );
}

/** `FallbackComponent`: a component of your own, given the decoded model. */
export const FallbackComponent: Story = {
  args: { FallbackComponent: CohortsFallback },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('error 500');
    await userEvent.click(canvas.getByRole('button', { name: 'Load cohorts again' }));
    await expect(await canvas.findByText(/Cohorts loaded/)).toBeVisible();
  },
};

/** `fallbackRender`: a function of the same props, for a one-off. */
export const FallbackRender: Story = {
  args: {
    fallbackRender: ({ model, resetErrorBoundary }) => (
      <p role="alert">
        {model.kind === 'server' ? 'Our service is struggling.' : 'Something failed.'}{' '}
        <button type="button" onClick={resetErrorBoundary}>
          Retry
        </button>
      </p>
    ),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Our service is struggling.');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByText(/Cohorts loaded/)).toBeVisible();
  },
};
