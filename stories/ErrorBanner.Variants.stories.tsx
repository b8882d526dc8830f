import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { createModel, ErrorBanner, ErrorMessagesProvider } from '../src/index.js';
import { fr } from '../src/messages/fr.js';
import { bannerMeta } from './banner.js';
import { ERRORS } from './fixtures.js';

/**
 * `page` across a page (the default), `inline` inside a card or form, `compact` on one line; an error, or a warning over data still shown; the heading level; forced colours.
 */
const meta = {
  title: 'Components/ErrorBanner/Variants',
  ...bannerMeta,
} satisfies Meta<typeof ErrorBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The default: across the top of a page. */
export const Page: Story = {};

export const Inline: Story = { args: { variant: 'inline', headingLevel: 3 } };
export const Compact: Story = {
  args: { variant: 'compact', error: ERRORS['503 Service Unavailable'] },
};

/** A failed background refetch over data still shown: a warning, announced politely. */
export const OverDataStillShown: Story = {
  args: { error: ERRORS['503 Service Unavailable'], hasData: true },
};

/** Inside a section titled by an h3, the banner's title is an h4. */
export const HeadingLevel: Story = {
  args: { error: ERRORS['404 Not Found'], headingLevel: 4, variant: 'inline' },
  render: (args) => (
    <section>
      <h3>Segments</h3>
      <ErrorBanner {...args} />
    </section>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 4 })).toHaveTextContent(
      "This item can't be found",
    );
  },
};

const FORCED_NOTE =
  'To see this as in Windows high contrast, open DevTools → Rendering → Emulate CSS media feature forced-colors: active. Backgrounds go; the icon and the border tell an error from a warning.';

/** An error and a warning side by side, for checking forced-colours mode. */
export const ForcedColours: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      <p>{FORCED_NOTE}</p>
      <ErrorBanner {...args} />
      <ErrorBanner {...args} error={ERRORS['503 Service Unavailable']} hasData />
    </div>
  ),
  play: async ({ canvas }) => {
    const error = canvas.getByRole('group', { name: 'Access to the service was refused' });
    const warning = canvas.getByRole('group', { name: 'The service is temporarily unavailable' });
    // Apart from colour: each has its own icon and a visible border.
    await expect(error.querySelector('svg')?.innerHTML).not.toBe(
      warning.querySelector('svg')?.innerHTML,
    );
    for (const banner of [error, warning]) {
      await expect(Number.parseFloat(getComputedStyle(banner).borderTopWidth)).toBeGreaterThan(0);
    }
  },
};

const allVariants = (theme: 'light' | 'dark'): Story => ({
  render: (args) => (
    <div
      data-theme={theme}
      style={{
        display: 'grid',
        gap: 16,
        padding: 16,
        background: theme === 'dark' ? '#0d1117' : '#fff',
      }}
    >
      <ErrorBanner {...args} variant="page" />
      <ErrorBanner {...args} error={ERRORS['503 Service Unavailable']} variant="page" hasData />
      <ErrorBanner {...args} variant="inline" headingLevel={3} />
      <ErrorBanner {...args} error={ERRORS['Network failure']} variant="compact" />
    </div>
  ),
});
/** Every variant and both severities in the light theme (axe checks contrast). */
export const AllVariantsLight: Story = { ...allVariants('light'), tags: ['!dev', '!autodocs'] };
/** Every variant and both severities in the dark theme (axe checks contrast). */
export const AllVariantsDark: Story = { ...allVariants('dark'), tags: ['!dev', '!autodocs'] };

/** No horizontal overflow inside `box`. */
const fits = async (box: Element) => {
  await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
};

/** French at 360 px: the longer copy wraps, nothing overflows. */
export const LongTranslationAt360px: Story = {
  tags: ['!dev', '!autodocs'],
  args: { error: ERRORS['503 Service Unavailable'] },
  render: (args) => (
    <ErrorMessagesProvider messages={fr}>
      <div lang="fr" data-testid="phone" style={{ width: 360 }}>
        <ErrorBanner {...args} />
      </div>
    </ErrorMessagesProvider>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading')).toHaveTextContent(
      'Le service est momentanément indisponible',
    );
    await fits(canvas.getByTestId('phone'));
  },
};

/** A 300-character request id at 360 px: shown shortened in the middle, copied whole. */
export const VeryLongRequestId: Story = {
  tags: ['!dev', '!autodocs'],
  args: {
    error: createModel('server', {
      status: 500,
      requestId: `trace-${'0123456789abcdef'.repeat(18)}-end`,
    }),
  },
  render: (args) => (
    <div data-testid="phone" style={{ width: 360 }}>
      <ErrorBanner {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/-end$/)).toBeVisible();
    await fits(canvas.getByTestId('phone'));
  },
};
