import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { CopySupportDetails } from '../src/index.js';
import { ERRORS } from './fixtures.js';
import { inBanner } from './frame.js';

const meta = {
  title: 'Components/CopySupportDetails',
  component: CopySupportDetails,
  decorators: [inBanner],
  args: { error: ERRORS['401 Unauthorized'] },
} satisfies Meta<typeof CopySupportDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'Copy support details' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveTextContent('Copied'));
  },
};
