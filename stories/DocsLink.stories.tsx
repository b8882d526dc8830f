import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { DocsLink } from '../src/index.js';
import { inBanner } from './frame.js';

const meta = {
  title: 'Components/DocsLink',
  component: DocsLink,
  decorators: [inBanner],
  args: { href: 'https://developer.permutive.com/docs/errors/401/2000' },
} satisfies Meta<typeof DocsLink>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {
  play: async ({ canvas }) => {
    const link = canvas.getByRole('link', { name: 'Help with this error (opens in a new tab)' });
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

/** An unsafe link renders nothing. */
export const Unsafe: Story = {
  args: { href: 'javascript:alert(1)' },
  render: (args) => (
    <>
      <DocsLink {...args} />
      <span>(no link: the href is not a safe docs link)</span>
    </>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};
