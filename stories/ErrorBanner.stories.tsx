import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { createModel, ErrorBanner, ErrorMessagesProvider } from '../src/index.js';
import { fr } from '../src/messages/fr.js';
import { ERRORS, HOSTILE } from './fixtures.js';
import { pageFont } from './frame.js';

const meta = {
  title: 'Components/ErrorBanner',
  component: ErrorBanner,
  decorators: [pageFont],
  args: { error: ERRORS['401 Unauthorized'], onRetry: fn(), onDismiss: fn() },
  argTypes: {
    error: { options: Object.keys(ERRORS), mapping: ERRORS, control: { type: 'select' } },
    variant: { options: ['page', 'inline', 'compact'], control: { type: 'inline-radio' } },
    headingLevel: { options: [1, 2, 3, 4, 5, 6], control: { type: 'select' } },
  },
} satisfies Meta<typeof ErrorBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every prop as a control: pick an error, a variant, parts to show. */
export const Playground: Story = {};

const status = (name: keyof typeof ERRORS): Story => ({ args: { error: ERRORS[name] } });
export const BadRequest400 = status('400 Bad Request');
export const Unauthorized401 = status('401 Unauthorized');
export const Forbidden403 = status('403 Forbidden');
export const NotFound404 = status('404 Not Found');
export const RateLimited429 = status('429 Too Many Requests');
export const ServerError500 = status('500 Internal Server Error');
export const BadGateway502 = status('502 Bad Gateway (HTML from a proxy)');
export const Unavailable503 = status('503 Service Unavailable');
export const GatewayTimeout504 = status('504 Gateway Timeout');
export const NetworkFailure = status('Network failure');
export const Timeout = status('Timeout');

export const Inline: Story = { args: { variant: 'inline', headingLevel: 3 } };
export const Compact: Story = {
  args: { variant: 'compact', error: ERRORS['503 Service Unavailable'] },
};

/** A failed background refetch over data still shown: a warning, announced politely. */
export const OverDataStillShown: Story = {
  args: { error: ERRORS['503 Service Unavailable'], hasData: true },
};

/** Retries under way: Try again stays, busy, and keeps focus. */
export const Retrying: Story = {
  args: { error: ERRORS['Network failure'], retrying: { attempt: 2, of: 4 } },
};

/** The app's own actions sit after Try again. */
export const WithAppActions: Story = {
  args: {
    error: ERRORS['401 Unauthorized'],
    actions: (
      <button type="button" className="pe-button">
        Sign in
      </button>
    ),
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
export const AllVariantsLight = allVariants('light');
/** Every variant and both severities in the dark theme (axe checks contrast). */
export const AllVariantsDark = allVariants('dark');

export const RightToLeft: Story = {
  render: (args) => (
    <div dir="rtl" lang="ar">
      <ErrorBanner {...args} />
    </div>
  ),
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
    await expect(canvas.getByRole('button', { name: 'Fermer' })).toBeVisible();
    // The separator is part of the translation: a narrow no-break space before the colon.
    await expect(canvasElement.textContent).toContain('ID de requête\u202f: ');
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

export const CopyRequestId: Story = {
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'Copy request ID' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAccessibleName('Copied'));
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

export const RetryAfterCountdown: Story = {
  args: { error: ERRORS['503 Service Unavailable'] },
  play: async ({ args, canvas }) => {
    const button = canvas.getByRole('button', { name: /Try again in \d s/ });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onRetry).not.toHaveBeenCalled();
    await waitFor(() => expect(button).toHaveAccessibleName('Try again'), { timeout: 5000 });
    await userEvent.click(button);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const Dismiss: Story = {
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
    await expect(canvas.queryByRole('group', { name: /\S/ })).toBeNull();
  },
};

const signIn = (
  <button type="button" className="pe-button">
    Sign in
  </button>
);

/** `npm run screenshots`: the page variant, as the README shows it. */
export const PageScreenshot: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16, maxWidth: 760 }}>
      <ErrorBanner {...args} error={ERRORS['401 Unauthorized']} actions={signIn} />
      <ErrorBanner {...args} error={ERRORS['400 Bad Request']} onDismiss={undefined} />
      <ErrorBanner
        {...args}
        error={createModel('rate-limited', {
          status: 429,
          requestId: 'e2cef6f6-296d-4044-b362-73fb2bce4a29',
          retryAfterMs: 90_000,
        })}
      />
    </div>
  ),
};

/** `npm run screenshots`: the inline variant in a 400 px card. */
export const InlineScreenshot: Story = {
  render: (args) => (
    <div
      style={{
        maxWidth: 400,
        padding: 16,
        border: '1px solid #8888',
        borderRadius: 8,
        display: 'grid',
        gap: 12,
      }}
    >
      <strong>Segments</strong>
      <ErrorBanner
        {...args}
        variant="inline"
        headingLevel={3}
        error={ERRORS['404 Not Found']}
        onDismiss={undefined}
      />
      <ErrorBanner
        {...args}
        variant="inline"
        headingLevel={3}
        error={ERRORS['Network failure']}
        hasData
      />
    </div>
  ),
};

/** `npm run screenshots`: the one-line variant. */
export const CompactScreenshot: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 12 }}>
      <ErrorBanner {...args} variant="compact" error={ERRORS['Network failure']} />
      <ErrorBanner {...args} variant="compact" error={ERRORS['401 Unauthorized']} />
      <ErrorBanner
        {...args}
        variant="compact"
        error={ERRORS['502 Bad Gateway (HTML from a proxy)']}
        hasData
      />
    </div>
  ),
};
