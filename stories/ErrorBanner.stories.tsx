import { Controls, Description, Primary, Stories, Title } from '@storybook/addon-docs/blocks';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, fn } from 'storybook/test';
import {
  createModel,
  decodePermutiveError,
  ErrorBanner,
  type ErrorBannerProps,
  type ErrorMessages,
  ErrorMessagesProvider,
} from '../src/index.js';
import { fr } from '../src/messages/fr.js';
import { ar } from './arabic.js';
import { bannerMeta, type Failure, thrownFrom } from './banner.js';
import { ERRORS } from './fixtures.js';

/** The component's page: what it does, its props, a playground, then the groups of stories. */
function OverviewDocs() {
  return (
    <>
      <Title>ErrorBanner</Title>
      <Description />
      <Primary />
      <Controls />
      <Stories title="Stories" />
    </>
  );
}

/**
 * Shows a person what failed, why and what to do next, with the request id for support. Each
 * status, variant and behaviour has its own group below: **Statuses**, **Variants**,
 * **Behaviour** and **Customising**.
 */
const meta = {
  title: 'Components/ErrorBanner/Overview',
  ...bannerMeta,
  parameters: { docs: { ...bannerMeta.parameters.docs, page: OverviewDocs } },
} satisfies Meta<typeof ErrorBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A 401 from the API, with Try again and Dismiss wired to the app. */
export const Default: Story = {};

const LOCALES: Record<string, ErrorMessages | undefined> = { en: undefined, fr, ar };

type PlaygroundArgs = Omit<ErrorBannerProps, 'error' | 'onRetry' | 'autoRetry' | 'retrying'> &
  Failure & { autoRetry: boolean; locale: 'en' | 'fr' | 'ar'; onRetry: () => void };

function PlaygroundBanner({
  locale,
  status,
  subcode,
  message,
  cause,
  docs,
  requestId,
  retryAfterSeconds,
  ...props
}: PlaygroundArgs) {
  // A new model only when the failure changes, as a new error would arrive.
  const error = useMemo(
    () =>
      decodePermutiveError(
        thrownFrom({ status, subcode, message, cause, docs, requestId, retryAfterSeconds }),
      ),
    [status, subcode, message, cause, docs, requestId, retryAfterSeconds],
  );
  const banner = <ErrorBanner {...props} error={error} />;
  const messages = LOCALES[locale];
  return messages ? (
    <ErrorMessagesProvider messages={messages}>
      <div lang={locale} dir={locale === 'ar' ? 'rtl' : undefined}>
        {banner}
      </div>
    </ErrorMessagesProvider>
  ) : (
    banner
  );
}

/**
 * Build a failure from its parts: the controls make a Permutive envelope and headers, the kit
 * decodes them, and the banner shows what a user would see.
 */
export const Playground: StoryObj<PlaygroundArgs> = {
  args: {
    status: 401,
    subcode: 2000,
    message: 'The API key provided is invalid.',
    cause: 'This key does not exist.',
    docs: 'https://developer.permutive.com/docs/errors/401/2000',
    requestId: 'e2cef6f6-296d-4044-b362-73fb2bce4a41',
    variant: 'page',
    retryAfterSeconds: 0,
    autoRetry: false,
    locale: 'en',
    onRetry: fn(),
    onDismiss: fn(),
  },
  argTypes: {
    status: {
      description: 'HTTP status of the failed answer; 0 for no answer at all (a network failure).',
      options: [0, 400, 401, 403, 404, 408, 409, 410, 422, 429, 500, 502, 503, 504],
      control: { type: 'select' },
    },
    subcode: {
      description:
        'Permutive subcode in the envelope (`error.code`), such as 1000, 2000, 2004, 2005, 4000; 0 for none.',
      control: { type: 'number' },
    },
    message: {
      description: "The server's message (`error.message`); empty for none.",
      control: 'text',
    },
    cause: { description: "The server's cause (`error.cause`); empty for none.", control: 'text' },
    docs: {
      description: 'Docs link in the envelope (`error.docs`); only safe permutive.com links show.',
      control: 'text',
    },
    requestId: { description: 'Request id in the envelope; empty for none.', control: 'text' },
    variant: {
      description: '`page` across a page, `inline` inside a card or form, `compact` on one line.',
      options: ['page', 'inline', 'compact'],
      control: { type: 'inline-radio' },
    },
    retryAfterSeconds: {
      name: 'Retry-After',
      description: 'The `Retry-After` header in seconds; Try again waits for it. 0 for none.',
      control: { type: 'number', min: 0 },
    },
    autoRetry: {
      description: 'Retries by itself when the `Retry-After` countdown ends.',
      control: 'boolean',
    },
    locale: {
      description:
        'Language of the kit’s copy, through `ErrorMessagesProvider` (Arabic: right to left).',
      options: ['en', 'fr', 'ar'],
      control: { type: 'inline-radio' },
    },
  },
  render: (args) => <PlaygroundBanner {...args} />,
  parameters: {
    docs: {
      // The banner as an app writes it, not the story's wrapper that builds the failure.
      source: {
        transform: (_code: string, { args }: { args: PlaygroundArgs }) =>
          [
            '<ErrorBanner',
            '  error={query.error}',
            args.variant && args.variant !== 'page' && `  variant="${args.variant}"`,
            '  onRetry={() => query.refetch()}',
            args.autoRetry && '  autoRetry',
            '  onDismiss={() => setDismissed(true)}',
            '/>',
          ]
            .filter(Boolean)
            .join('\n'),
      },
    },
  },
  play: async ({ canvas }) => {
    const banner = canvas.getByRole('group', { name: 'Access to the service was refused' });
    await expect(banner).toHaveTextContent('This key does not exist.');
    await expect(canvas.getByRole('link', { name: /Help with this error/ })).toHaveAttribute(
      'href',
      'https://developer.permutive.com/docs/errors/401/2000',
    );
  },
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

const signIn = (
  <button type="button" className="pe-button">
    Sign in
  </button>
);

/** `npm run screenshots`: the page variant, as the README shows it. */
export const PageScreenshot: Story = {
  tags: ['!dev', '!autodocs'],
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
  tags: ['!dev', '!autodocs'],
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
  tags: ['!dev', '!autodocs'],
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
