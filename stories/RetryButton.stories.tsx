import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { createModel, RetryButton } from '../src/index.js';
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
  play: async ({ args, canvas }) => {
    await expect(canvas.getByRole('button')).toHaveAccessibleName('Try again in 2 s');
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledTimes(1), { timeout: 4000 });
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
