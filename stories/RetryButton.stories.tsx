import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { createModel, RetryButton } from '../src/index.js';
import { advanceUntil, installFakeClock } from './clock.js';
import { inBanner } from './frame.js';

const meta = {
  title: 'Components/RetryButton',
  component: RetryButton,
  decorators: [inBanner],
  args: { onRetry: fn() },
} satisfies Meta<typeof RetryButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** Counts down the failure's `Retry-After`, then retries by itself. */
export const AutoRetry: Story = {
  args: {
    error: createModel('rate-limited', { status: 429, retryAfterMs: 2000 }),
    autoRetry: true,
  },
  beforeEach: ({ viewMode }) => installFakeClock({ viewMode }),
  play: async ({ args, canvas }) => {
    await expect(canvas.getByRole('button')).toHaveAccessibleName('Try again in 2 s');
    await advanceUntil(
      'the automatic retry',
      () => (args.onRetry as ReturnType<typeof fn>).mock.calls.length > 0,
    );
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const Retrying: Story = {
  args: { retrying: { attempt: 2, of: 4 } },
  play: async ({ args, canvas }) => {
    const button = canvas.getByRole('button', { name: 'Retrying… attempt 2 of 4' });
    await userEvent.click(button);
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};
