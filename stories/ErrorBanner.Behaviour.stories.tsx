import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, type fn, userEvent, waitFor } from 'storybook/test';
import { createModel, type ErrorBanner } from '../src/index.js';
import { answered, bannerMeta, DISMISSED_NOTE, Dismissable } from './banner.js';
import { advanceUntil, installFakeClock } from './clock.js';
import { ERRORS, HOSTILE } from './fixtures.js';

/**
 * What the banner does when a person uses it: Try again and its countdown, retries under way, copying the request id, the details, Dismiss; and untrusted text shown safely.
 */
const meta = {
  title: 'Components/ErrorBanner/Behaviour',
  ...bannerMeta,
} satisfies Meta<typeof ErrorBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Retries under way: Try again stays, busy, and keeps focus. */
export const Retrying: Story = {
  args: { error: ERRORS['Network failure'], retrying: { attempt: 2, of: 4 } },
};

/** While a request waits for the connection: a warning, said once, with nothing to press. */
export const Offline: Story = {
  args: { error: null, offline: true },
  play: async ({ canvas }) => {
    const notice = canvas.getByRole('group', { name: "You're offline" });
    await expect(notice).toHaveTextContent("We'll try again when you're back online.");
    await expect(notice).toHaveAttribute('data-severity', 'warning');
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

export const RetryAfterCountdown: Story = {
  args: { error: ERRORS['503 Service Unavailable'] },
  beforeEach: ({ viewMode }) => installFakeClock({ viewMode }),
  play: async ({ args, canvas }) => {
    const button = canvas.getByRole('button', { name: /Try again in \d s/ });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onRetry).not.toHaveBeenCalled();
    await advanceUntil('the countdown ends', () => !button.hasAttribute('data-state'), {
      withinMs: 4000,
    });
    await expect(button).toHaveAccessibleName('Try again');
    await userEvent.click(button);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** Counts `Retry-After` down, then retries by itself (the story's test moves a fake clock). */
export const AutoRetry: Story = {
  args: { error: answered(503, { retryAfterSeconds: 30 }), autoRetry: true },
  beforeEach: ({ viewMode }) => installFakeClock({ viewMode }),
  play: async ({ args, canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Try again in 30 s' })).toBeVisible();
    await expect(args.onRetry).not.toHaveBeenCalled();
    await advanceUntil(
      'the automatic retry',
      () => (args.onRetry as ReturnType<typeof fn>).mock.calls.length > 0,
      {
        withinMs: 31_000,
        stepMs: 1000,
      },
    );
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const CopyRequestId: Story = {
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'Copy request ID' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAccessibleName('Copied'));
  },
};

/** The clipboard refused: the copy button says so and asks the user to copy by hand. */
export const CopyFailed: Story = {
  beforeEach: () => {
    const clipboard = navigator.clipboard;
    const writeText = clipboard.writeText;
    const execCommand = document.execCommand;
    // Both ways refuse: the Clipboard API and the kit's fallback through the selection (which
    // Chromium allows on a click, so a refused Clipboard API alone still ends on "Copied").
    clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    document.execCommand = () => false;
    return () => {
      clipboard.writeText = writeText;
      document.execCommand = execCommand;
    };
  },
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'Copy request ID' });
    await userEvent.click(button);
    await waitFor(() =>
      expect(canvas.getByText("Couldn't copy. Select the text and copy it.")).toBeVisible(),
    );
    // The button's own label never said "Copied".
    await expect(button).toHaveAccessibleName('Copy request ID');
  },
};

export const OpenDetails: Story = {
  args: {
    error: createModel('server', {
      status: 500,
      requestId: 'req-500',
      cause: `Upstream segment service failed.\n${'at Segments.load (segments.scala:42)\n'.repeat(12)}`,
    }),
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByText('Details'));
    await expect(canvas.getByText(/Upstream segment service failed/)).toBeVisible();
  },
};

export const Dismiss: Story = {
  render: (args) => <Dismissable {...args} />,
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
    await expect(canvas.queryByRole('group', { name: /\S/ })).toBeNull();
    await expect(canvas.getByText(DISMISSED_NOTE)).toBeVisible();
  },
};

/** Dismissed, then a new error arrives: the banner comes back for it. */
export const DismissedThenNewError: Story = {
  render: function Render(args) {
    const [error, setError] = useState<unknown>(args.error);
    return (
      <>
        <Dismissable {...args} error={error} />
        <button
          type="button"
          className="pe-button"
          onClick={() => setError(ERRORS['503 Service Unavailable'])}
        >
          Fail with a new error
        </button>
      </>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await expect(canvas.queryByRole('group', { name: /\S/ })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Fail with a new error' }));
    await expect(
      canvas.getByRole('group', { name: 'The service is temporarily unavailable' }),
    ).toBeVisible();
  },
};

/** Markup, a huge cause, an unsafe docs link and API keys: all shown as safe text. */
export const HostileContent: Story = {
  args: { error: HOSTILE },
  play: async ({ canvasElement, canvas }) => {
    await expect(canvasElement.querySelector('img, script')).toBeNull();
    await expect(canvas.queryByRole('link')).toBeNull();
    await expect(canvasElement.textContent).not.toContain('SECRET');
  },
};
