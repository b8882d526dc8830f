import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { RequestId } from '../src/index.js';
import { HOSTILE } from './fixtures.js';
import { inBanner } from './frame.js';

const meta = {
  title: 'Components/RequestId',
  component: RequestId,
  decorators: [inBanner],
  args: { value: 'e2cef6f6-296d-4044-b362-73fb2bce4a72' },
} satisfies Meta<typeof RequestId>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Shortened in the middle, copied whole; the button's own label says "Copied". */
export const Playground: Story = {
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'Copy request ID' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAccessibleName('Copied'));
    await waitFor(async () =>
      expect(await navigator.clipboard.readText()).toBe('e2cef6f6-296d-4044-b362-73fb2bce4a72'),
    );
  },
};

export const Hostile: Story = {
  args: { value: HOSTILE.requestId },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('svg[onload]')).toBeNull();
    await expect(canvasElement.textContent).not.toContain('SECRET');
  },
};
