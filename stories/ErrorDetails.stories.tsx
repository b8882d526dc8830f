import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { ErrorDetails } from '../src/index.js';
import { inBanner } from './frame.js';

const meta = {
  title: 'Components/ErrorDetails',
  component: ErrorDetails,
  decorators: [inBanner],
  args: { cause: 'This key does not exist.', open: true },
} satisfies Meta<typeof ErrorDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

/** A long cause is clamped; "Show all" opens it in a box of bounded height. */
export const LongClamped: Story = {
  args: { cause: `${'A very long cause. '.repeat(60)}The end.`, open: false },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByText('Details'));
    await expect(canvas.queryByText(/The end\.$/)).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Show all' }));
    await expect(canvas.getByText(/The end\.$/)).toBeInTheDocument();
  },
};
