import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
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
import { advanceUntil, installFakeClock } from './clock.js';
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

const LOCALES: Record<string, ErrorMessages | undefined> = { en: undefined, fr, ar };

/** What the controls make the failure of. */
interface Failure {
  status: number;
  subcode: number;
  message: string;
  cause: string;
  docs: string;
  requestId: string;
  retryAfterSeconds: number;
}

type PlaygroundArgs = Omit<ErrorBannerProps, 'error' | 'onRetry' | 'autoRetry' | 'retrying'> &
  Failure & { autoRetry: boolean; locale: 'en' | 'fr' | 'ar'; onRetry: () => void };

/**
 * The failure as the network would hand it over (an axios-style error carrying the response's
 * status, headers and Permutive envelope), decoded by the kit as an app's would be.
 */
function thrownFrom(args: Failure): unknown {
  if (args.status === 0) return new TypeError('Failed to fetch');
  const headers: Record<string, string> = {};
  if (args.retryAfterSeconds > 0) headers['retry-after'] = String(args.retryAfterSeconds);
  const error = {
    status: args.status,
    ...(args.subcode > 0 && { code: args.subcode }),
    ...(args.message && { message: args.message }),
    ...(args.cause && { cause: args.cause }),
    ...(args.docs && { docs: args.docs }),
  };
  const data = { error, ...(args.requestId && { request_id: args.requestId }) };
  return Object.assign(new Error(`Request failed with status code ${args.status}`), {
    response: { status: args.status, headers, data },
  });
}

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
  play: async ({ canvas }) => {
    const banner = canvas.getByRole('group', { name: 'Your API key was rejected' });
    await expect(banner).toHaveTextContent('This key does not exist.');
    await expect(canvas.getByRole('link', { name: /Help with this error/ })).toHaveAttribute(
      'href',
      'https://developer.permutive.com/docs/errors/401/2000',
    );
  },
};

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
  beforeEach: ({ viewMode }) => installFakeClock({ viewMode }),
  play: async ({ args, canvas }) => {
    const button = canvas.getByRole('button', { name: /Try again in \d s/ });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onRetry).not.toHaveBeenCalled();
    await advanceUntil('the countdown ends', () => !button.hasAttribute('data-state'), {
      withinMs: 4000,
    });
    await expect(button).toHaveAccessibleName('Try again');
    await userEvent.click(button);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

const DISMISSED_NOTE = 'Dismissed: the banner stays hidden until a new error arrives.';

/** A banner that says, once dismissed, why the canvas shows nothing else. */
function Dismissable(props: ErrorBannerProps) {
  const [dismissed, setDismissed] = useState(false);
  return (
    <>
      <ErrorBanner
        {...props}
        onDismiss={() => {
          setDismissed(true);
          props.onDismiss?.();
        }}
      />
      {dismissed && <p>{DISMISSED_NOTE}</p>}
    </>
  );
}

export const Dismiss: Story = {
  render: (args) => <Dismissable {...args} />,
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
    await expect(canvas.queryByRole('group', { name: /\S/ })).toBeNull();
    await expect(canvas.getByText(DISMISSED_NOTE)).toBeVisible();
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

// Every state a user would want to browse, each decoded from what the network hands over.

/** A failure with Permutive's envelope, decoded by the kit, as the Playground builds it. */
const answered = (status: number, failure: Partial<Failure> = {}) =>
  decodePermutiveError(
    thrownFrom({
      status,
      subcode: 0,
      message: '',
      cause: '',
      docs: '',
      requestId: 'e2cef6f6-296d-4044-b362-73fb2bce4a99',
      retryAfterSeconds: 0,
      ...failure,
    }),
  );

/** A story whose banner's title is `title`. */
const titled = (error: unknown, title: string): Story => ({
  args: { error },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: title })).toBeVisible();
  },
});

/** A bug's TypeError: nothing the kit can name, so the plain fallback. */
export const Unknown = titled(
  new TypeError("Cannot read properties of undefined (reading 'map')"),
  'Something went wrong',
);

const ABORT_NOTE =
  'Nothing is shown: the request was cancelled by the app itself (an AbortError), so there is no failure to tell the user about.';

/** The caller cancelled: the banner renders nothing, on purpose. */
export const Aborted: Story = {
  args: { error: new DOMException('The user aborted a request.', 'AbortError') },
  render: (args) => (
    <>
      <ErrorBanner {...args} />
      <p>{ABORT_NOTE}</p>
    </>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('group')).toBeNull();
    await expect(canvas.queryByRole('heading')).toBeNull();
    await expect(canvas.getByText(ABORT_NOTE)).toBeVisible();
  },
};

export const RequestTimeout408 = titled(answered(408), 'This took too long');
export const Conflict409 = titled(
  answered(409, { message: 'A segment with this name already exists.' }),
  'This clashes with existing data',
);
export const Gone410 = titled(answered(410), 'This item is no longer available');
export const Unprocessable422 = titled(
  answered(422, { message: 'The segment definition is not valid.' }),
  "The service couldn't accept this",
);
/** Subcode 2004: no credentials reached the service. */
export const MissingCredentials2004 = titled(
  answered(401, { subcode: 2004, message: 'No credentials were provided.' }),
  'You need to sign in',
);
/** Subcode 2005: credentials sent, but wrong or expired. */
export const InvalidCredentials2005 = titled(
  answered(401, { subcode: 2005, message: 'The credentials provided are invalid.' }),
  "Your sign-in wasn't accepted",
);
/** Subcode 4000: an item with the same id exists. */
export const AlreadyExists4000 = titled(
  answered(409, { subcode: 4000, message: 'The resource already exists.' }),
  'This already exists',
);

/** A 5xx from a proxy that gave no request id: no id line, no copy button for one. */
export const ServerErrorWithoutRequestId: Story = {
  args: { error: answered(500, { requestId: '' }) },
  play: async ({ canvas, canvasElement }) => {
    await expect(
      canvas.getByRole('heading', { name: 'The service ran into a problem' }),
    ).toBeVisible();
    await expect(canvasElement.textContent).not.toContain('Request ID');
    await expect(canvas.queryByRole('button', { name: 'Copy request ID' })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** `Retry-After: 7200`: Try again says how long, in words a person reads at a glance. */
export const LongRetryAfter: Story = {
  args: { error: answered(429, { retryAfterSeconds: 7200 }) },
  play: async ({ args, canvas }) => {
    const button = canvas.getByRole('button', { name: /^Try again in / });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button.textContent).not.toMatch(/7200/);
    await userEvent.click(button);
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

/** Counts `Retry-After` down, then retries by itself (the story's test moves a fake clock). */
export const AutoRetry: Story = {
  args: { error: answered(503, { retryAfterSeconds: 30 }), autoRetry: true },
  beforeEach: ({ viewMode }) => installFakeClock({ viewMode }),
  play: async ({ args, canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Try again in 30 s' })).toBeVisible();
    await expect(args.onRetry).not.toHaveBeenCalled();
    await advanceUntil(
      'the automatic retry',
      () => (args.onRetry as ReturnType<typeof fn>).mock.calls.length > 0,
      {
        withinMs: 31_000,
        stepMs: 1000,
      },
    );
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** The clipboard refused: the copy button says so and asks the user to copy by hand. */
export const CopyFailed: Story = {
  beforeEach: () => {
    const clipboard = navigator.clipboard;
    const writeText = clipboard.writeText;
    clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    return () => {
      clipboard.writeText = writeText;
    };
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Copy request ID' }));
    await waitFor(() =>
      expect(canvas.getByText("Couldn't copy. Select the text and copy it.")).toBeVisible(),
    );
  },
};

/** Dismissed, then a new error arrives: the banner comes back for it. */
export const DismissedThenNewError: Story = {
  render: function Render(args) {
    const [error, setError] = useState<unknown>(args.error);
    return (
      <>
        <Dismissable {...args} error={error} />
        <button
          type="button"
          className="pe-button"
          onClick={() => setError(ERRORS['503 Service Unavailable'])}
        >
          Fail with a new error
        </button>
      </>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await expect(canvas.queryByRole('group', { name: /\S/ })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Fail with a new error' }));
    await expect(
      canvas.getByRole('group', { name: 'The service is temporarily unavailable' }),
    ).toBeVisible();
  },
};

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
    const banner = canvas.getByRole('group', { name: 'Your API key was rejected' });
    await expect(banner).toHaveClass('my-banner');
    await expect(banner.className).not.toMatch(/\bpe-/);
  },
};

/** The kit's styles kept, its colours overridden through CSS variables. */
export const ThemeOverride: Story = {
  render: (args) => (
    <div className="themed">
      <style>{OWN_THEME}</style>
      {/* A light-only palette: the banner keeps light colours under a dark page. */}
      <ErrorBanner {...args} style={{ colorScheme: 'light' }} />
    </div>
  ),
  play: async ({ canvas }) => {
    const banner = canvas.getByRole('group', { name: 'Your API key was rejected' });
    await expect(getComputedStyle(banner).backgroundColor).toBe('rgb(251, 239, 255)');
  },
};

/** No horizontal overflow inside `box`. */
const fits = async (box: Element) => {
  await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
};

/** French at 360 px: the longer copy wraps, nothing overflows. */
export const LongTranslationAt360px: Story = {
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
    const error = canvas.getByRole('group', { name: 'Your API key was rejected' });
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
