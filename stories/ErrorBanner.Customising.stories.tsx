import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import {
  ErrorBanner,
  ErrorMessagesProvider,
  RequestId,
  RetryButton,
  useErrorBanner,
} from '../src/index.js';
import { fr } from '../src/messages/fr.js';
import { ar } from './arabic.js';
import { bannerMeta } from './banner.js';
import { ERRORS } from './fixtures.js';

/**
 * Hiding parts, a general help link, the app's own styles or colours, and other languages and directions.
 */
const meta = {
  title: 'Components/ErrorBanner/Customising',
  ...bannerMeta,
} satisfies Meta<typeof ErrorBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

const BAD_REQUEST = ERRORS['400 Bad Request'];

export const WithoutCause: Story = {
  args: { error: BAD_REQUEST, showCause: false },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.textContent).not.toContain('must be between 1 and 100');
  },
};
export const WithoutDocs: Story = {
  args: { error: BAD_REQUEST, showDocs: false },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};
export const WithoutRequestId: Story = {
  args: { error: BAD_REQUEST, showRequestId: false },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.textContent).not.toContain('e2cef6f6');
    await expect(canvas.queryByRole('button', { name: 'Copy request ID' })).toBeNull();
  },
};
export const WithoutSupportDetails: Story = {
  args: { error: BAD_REQUEST, showSupportDetails: false },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button', { name: 'Copy support details' })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Copy request ID' })).toBeVisible();
  },
};

/** An error without a docs link of its own gets the app's general help link. */
export const DocsHref: Story = {
  args: {
    error: ERRORS['504 Gateway Timeout'],
    docsHref: 'https://developer.permutive.com/docs/errors',
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: /Help with this error/ })).toHaveAttribute(
      'href',
      'https://developer.permutive.com/docs/errors',
    );
  },
};

const OWN_THEME = `
.my-banner { display: grid; gap: 8px; padding: 12px 16px; border-inline-start: 6px solid #8250df;
  background: #fbefff; color: #1f2328; font-size: 15px; }
.my-banner h2 { margin: 0; font-size: 1.05rem; }
.my-banner button { font: inherit; padding: 4px 12px; min-height: 32px; border: 1px solid #8250df;
  border-radius: 16px; background: #fff; color: #1f2328; justify-self: start; }
.my-banner a { color: #6639ba; }
.themed { --pe-error-bg: #fbefff; --pe-error-border: #8250df; --pe-radius: 0; --pe-link: #6639ba; }
`;

/** `unstyled`: the kit's class names dropped, the app's own styles applied. */
export const UnstyledWithOwnStyles: Story = {
  args: { unstyled: true, className: 'my-banner' },
  render: (args) => (
    <div data-theme="light">
      <style>{OWN_THEME}</style>
      <ErrorBanner {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    const banner = canvas.getByRole('group', { name: 'Access to the service was refused' });
    await expect(banner).toHaveClass('my-banner');
    await expect(banner.className).not.toMatch(/\bpe-/);
  },
};

/** The kit's styles kept, its colours overridden through CSS variables. */
export const ThemeOverride: Story = {
  render: (args) => (
    // A light-only palette: light colours under a dark page too. The override sits with
    // data-theme on one element, where the app's class outranks the kit's zero-specificity rules.
    <div className="themed" data-theme="light">
      <style>{OWN_THEME}</style>
      <ErrorBanner {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    const banner = canvas.getByRole('group', { name: 'Access to the service was refused' });
    await expect(getComputedStyle(banner).backgroundColor).toBe('rgb(251, 239, 255)');
  },
};

export const French: Story = {
  args: { error: ERRORS['503 Service Unavailable'] },
  render: (args) => (
    <ErrorMessagesProvider messages={fr}>
      <div lang="fr">
        <ErrorBanner {...args} />
      </div>
    </ErrorMessagesProvider>
  ),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('heading')).toHaveTextContent(
      'Le service est momentanément indisponible',
    );
    await expect(canvas.getByRole('button', { name: 'Masquer' })).toBeVisible();
    // The separator is part of the translation: a narrow no-break space before the colon.
    await expect(canvasElement.textContent).toContain('ID de requête\u202f: ');
  },
};

/** Arabic copy on a right-to-left page; the server's English keeps its own direction. */
export const RightToLeft: Story = {
  args: { error: ERRORS['503 Service Unavailable'] },
  render: (args) => (
    <ErrorMessagesProvider messages={ar}>
      <div dir="rtl" lang="ar">
        <ErrorBanner {...args} />
      </div>
    </ErrorMessagesProvider>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('group', { name: 'الخدمة غير متاحة مؤقتًا' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'إخفاء' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'نسخ معرّف الطلب' })).toBeVisible();
  },
};

// The app's own markup over the banner's state (see the Components guide, "Your own layout").
function OwnLayout({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const banner = useErrorBanner({ error });
  if (!banner.model || !banner.copy) return null;
  return (
    <section
      ref={banner.ref}
      onFocus={banner.onFocus}
      aria-label={banner.copy.title}
      style={{ borderInlineStart: '4px solid currentColor', paddingInline: '1rem' }}
    >
      <h3>{banner.copy.title}</h3>
      <p lang={banner.messageLang}>{banner.message}</p>
      <p>{banner.copy.action}</p>
      <RetryButton
        error={banner.model}
        onRetry={() => {
          banner.retried();
          onRetry();
        }}
      />{' '}
      <RequestId value={banner.model.requestId} />
    </section>
  );
}

/** The banner's state (`useErrorBanner`) in the app's own layout, with the kit's parts. */
export const YourOwnLayout: Story = {
  args: { error: ERRORS['Network failure'], onRetry: fn() },
  render: (args) => <OwnLayout error={args.error} onRetry={args.onRetry ?? (() => {})} />,
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: "Can't reach the service" })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};
