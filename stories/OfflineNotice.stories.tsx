import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ErrorMessagesProvider, OfflineNotice } from '../src/index.js';
import { fr } from '../src/messages/fr.js';

/**
 * What `ErrorBanner` shows (with `offline`) while requests wait for the connection: a warning,
 * said politely once, with nothing to press. Exported for a layout of your own over
 * `useErrorBanner`.
 */
const meta = {
  title: 'Components/OfflineNotice',
  component: OfflineNotice,
  args: { variant: 'page' },
} satisfies Meta<typeof OfflineNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

export const Inline: Story = {
  args: { variant: 'inline', headingLevel: 3 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 3, name: "You're offline" })).toBeVisible();
    await expect(canvas.getByText("We'll try again when you're back online.")).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** On one line: the title alone. */
export const Compact: Story = {
  args: { variant: 'compact' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('group', { name: "You're offline" })).toBeVisible();
    await expect(canvas.queryByText("We'll try again when you're back online.")).toBeNull();
  },
};

export const InFrench: Story = {
  render: (args) => (
    <ErrorMessagesProvider messages={fr}>
      <div lang="fr">
        <OfflineNotice {...args} />
      </div>
    </ErrorMessagesProvider>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading')).not.toHaveTextContent("You're offline");
  },
};
