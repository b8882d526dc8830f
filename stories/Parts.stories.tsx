import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import {
  CopySupportDetails,
  DocsLink,
  ErrorDetails,
  RequestId,
  RetryButton,
} from '../src/index.js';
import { ERRORS, HOSTILE } from './fixtures.js';

// The parts render inside a banner's colours so that contrast is checked as they are used.
const frame = (Story: () => React.ReactNode) => (
  <div className="pe-banner">
    <Story />
  </div>
);

export default {
  title: 'Components/Parts',
  decorators: [frame],
} satisfies Meta;

export const RequestIdPlayground: StoryObj<typeof RequestId> = {
  render: (args) => <RequestId {...args} />,
  args: { value: 'e2cef6f6-296d-4044-b362-73fb2bce4a72' },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Copy request ID' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Copied'));
  },
};

export const RequestIdHostile: StoryObj<typeof RequestId> = {
  render: (args) => <RequestId {...args} />,
  args: { value: HOSTILE.requestId },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('svg')).toBeNull();
    await expect(canvasElement.textContent).not.toContain('SECRET');
  },
};

export const ErrorDetailsPlayground: StoryObj<typeof ErrorDetails> = {
  render: (args) => <ErrorDetails {...args} />,
  args: { cause: 'This key does not exist.', open: true },
};

export const ErrorDetailsLongClamped: StoryObj<typeof ErrorDetails> = {
  render: (args) => <ErrorDetails {...args} />,
  args: { cause: `${'A very long cause. '.repeat(60)}The end.` },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByText('Details'));
    await expect(canvas.queryByText(/The end\.$/)).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Show all' }));
    await expect(canvas.getByText(/The end\.$/)).toBeVisible();
  },
};

export const DocsLinkPlayground: StoryObj<typeof DocsLink> = {
  render: (args) => <DocsLink {...args} />,
  args: { href: 'https://developer.permutive.com/docs/errors/401/2000' },
  play: async ({ canvas }) => {
    const link = canvas.getByRole('link', { name: 'Read the docs (opens in a new tab)' });
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

export const DocsLinkUnsafe: StoryObj<typeof DocsLink> = {
  render: (args) => <DocsLink {...args} />,
  args: { href: 'javascript:alert(1)' },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};

export const RetryButtonPlayground: StoryObj<typeof RetryButton> = {
  render: (args) => <RetryButton {...args} />,
  args: { onRetry: fn(), retryAfterMs: null, autoRetry: false },
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const RetryButtonAutoRetry: StoryObj<typeof RetryButton> = {
  render: (args) => <RetryButton {...args} />,
  args: { onRetry: fn(), retryAfterMs: 2000, autoRetry: true },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByRole('button')).toHaveAccessibleName('Try again in 2s');
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledTimes(1), { timeout: 4000 });
  },
};

export const CopySupportDetailsPlayground: StoryObj<typeof CopySupportDetails> = {
  render: (args) => <CopySupportDetails {...args} />,
  args: { error: ERRORS['401 Unauthorized'] },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Copy support details' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Copied'));
  },
};
