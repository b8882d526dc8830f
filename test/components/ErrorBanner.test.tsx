import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  createModel,
  ErrorBanner,
  ErrorMessagesProvider,
  RetryButton,
  readPermutiveError,
} from '../../src/index.js';
import { fr } from '../../src/messages/fr.js';
import { unauthorized, unavailable } from '../support/models.js';

const envelopeError = (
  status: number,
  code: number | null = null,
  extra: Record<string, unknown> = {},
) =>
  Object.assign(new Error('Request failed'), {
    response: {
      status,
      headers: { 'x-request-id': `req-${status}` },
      data: { error: { status: 'x', code, ...extra } },
    },
  });

const banner = () => screen.getByRole('group', { name: /\S/ });

describe('what it shows', () => {
  // Read off the catalogue by hand: an envelope without a subcode gets its status's copy.
  it.each([
    [400, 'bad-request', "The service couldn't accept this", 'Something in it is missing'],
    [401, 'unauthorized', "You're signed out", 'Your session may have expired'],
    [403, 'forbidden', "You don't have access to this", "hasn't been given permission"],
    [404, 'not-found', "This item can't be found", 'It may have been deleted'],
    [500, 'server', 'The service ran into a problem', 'Something failed on its side'],
    [502, 'server', "The service didn't answer properly", 'A server in between got a broken'],
    [503, 'server', 'The service is temporarily unavailable', "It's down for maintenance"],
    [504, 'server', 'The service is taking too long', "It didn't finish in time"],
  ])('status %i is %s, titled "%s"', (status, kind, title, description) => {
    render(<ErrorBanner error={envelopeError(status)} />);
    const region = screen.getByRole('group', { name: title });
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent(title);
    expect(region).toHaveTextContent(description);
    expect(region).toHaveAttribute('data-kind', kind);
    expect(region).toHaveAttribute('data-status', String(status));
    expect(within(region).getByText(`req-${status}`)).toBeInTheDocument();
  });

  it.each<[unknown, RegExp]>([
    [envelopeError(401), /sign in/i],
    [envelopeError(403), /access/i],
    [envelopeError(500), /try again/i],
    [new TypeError('Failed to fetch'), /connection/i],
    [envelopeError(400), /details you entered.+reload the page/i],
  ])('gives the kind its next step', (error, step) => {
    render(<ErrorBanner error={error} />);
    expect(banner()).toHaveTextContent(step);
  });

  it('uses the subcode copy when there is one', () => {
    render(<ErrorBanner error={unauthorized} />);
    expect(screen.getByRole('heading')).toHaveTextContent('Access to the service was refused');
  });

  it('renders nothing for null, undefined and an abort', () => {
    const abort = new DOMException('cancelled', 'AbortError');
    for (const error of [null, undefined, abort]) {
      const { container, unmount } = render(<ErrorBanner error={error} />);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
  });

  // `isError && error`, `count && error`, `message && error`: what is left of a condition is no
  // failure to show.
  it.each([
    ['false', false],
    ["''", ''],
    ['0', 0],
    ['-0', -0],
    ['NaN', Number.NaN],
    ['0n', BigInt(0)],
  ])('renders nothing for %s, on the server and the client', (_, error) => {
    expect(renderToString(<ErrorBanner error={error} onRetry={() => {}} />)).toBe('');
    const { container } = render(<ErrorBanner error={error} onRetry={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("shows one message line: the server's own words only where they say more", () => {
    // "The API key provided is invalid." says no more than "The API key this app uses may have
    // been mistyped…": the description shows.
    const { rerender } = render(<ErrorBanner error={unauthorized} />);
    expect(banner()).toHaveTextContent(
      'The API key this app uses may have been mistyped, revoked or replaced.',
    );
    expect(banner()).not.toHaveTextContent('The API key provided is invalid.');
    // A 400's "Parameter limit must be between 1 and 100" says more: it replaces the description.
    rerender(
      <ErrorBanner
        error={createModel('bad-request', {
          status: 400,
          message: 'Parameter limit must be between 1 and 100.',
        })}
      />,
    );
    const line = screen.getByText('Parameter limit must be between 1 and 100.');
    expect(line).toHaveAttribute('lang', 'en');
    // Its direction is its own: English stays left to right on a right-to-left page.
    expect(line).toHaveAttribute('dir', 'auto');
    expect(banner()).not.toHaveTextContent('Something in it is missing');
  });

  it('shows a short cause as a line of its own, never in a closed disclosure', () => {
    render(
      <ErrorBanner
        error={createModel('bad-request', {
          status: 400,
          cause: 'Parameter "limit" must be between 1 and 100.',
        })}
      />,
    );
    expect(screen.getByText('Parameter "limit" must be between 1 and 100.')).toBeVisible();
    expect(screen.queryByText('Details')).not.toBeInTheDocument();
  });

  it('shows a long cause in a disclosure, clamping it', async () => {
    const user = userEvent.setup();
    const cause = `${'a '.repeat(200)}END`;
    render(<ErrorBanner error={{ ...unauthorized, cause }} />);
    const summary = screen.getByText('Details');
    expect(summary.closest('details')).not.toHaveAttribute('open');
    await user.click(summary);
    expect(summary.closest('details')).toHaveAttribute('open');
    expect(screen.queryByText(/END/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(screen.getByText(/END$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('links to safe docs in a new tab, and to nothing unsafe', () => {
    const { rerender } = render(<ErrorBanner error={unauthorized} />);
    const link = screen.getByRole('link', { name: 'Help with this error (opens in a new tab)' });
    expect(link).toHaveAttribute('href', unauthorized.docs);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    rerender(
      <ErrorBanner
        error={{ ...unauthorized, docs: 'javascript:alert(1)' }}
        docsHref="http://example.com"
      />,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    rerender(
      <ErrorBanner
        error={{ ...unauthorized, docs: null }}
        docsHref="https://docs.permutive.com/api/errors"
      />,
    );
    expect(screen.getByRole('link')).toHaveAttribute(
      'href',
      'https://docs.permutive.com/api/errors',
    );
  });

  it('hides optional parts on request', () => {
    render(
      <ErrorBanner
        error={unauthorized}
        showCause={false}
        showDocs={false}
        showRequestId={false}
        showSupportDetails={false}
      />,
    );
    expect(screen.queryByText('Details')).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByText(unauthorized.requestId as string)).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('actions', () => {
  it('offers retry for retryable errors only', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { rerender } = render(<ErrorBanner error={unavailable()} onRetry={onRetry} />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    rerender(<ErrorBanner error={unauthorized} onRetry={onRetry} />);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('a 429 without onRetry has no Try again, and its words mention no button', () => {
    for (const messages of [{}, fr]) {
      const { unmount } = render(
        <ErrorMessagesProvider messages={messages}>
          <ErrorBanner error={createModel('rate-limited', { status: 429, retryAfterMs: 5000 })} />
        </ErrorMessagesProvider>,
      );
      expect(screen.queryByRole('button', { name: /try again|réessayer/i })).toBeNull();
      expect(banner()).not.toHaveTextContent(/button|bouton/i);
      unmount();
    }
  });

  it('counts down Retry-After, refusing early clicks, and can retry by itself', async () => {
    vi.useFakeTimers();
    try {
      const onRetry = vi.fn();
      render(<ErrorBanner error={unavailable(2500)} onRetry={onRetry} autoRetry />);
      const button = screen.getByRole('button', { name: 'Try again in 3 s' });
      expect(button).toHaveAttribute('aria-disabled', 'true');
      button.click();
      expect(onRetry).not.toHaveBeenCalled();
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(button).toHaveAccessibleName('Try again in 2 s');
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(onRetry).not.toHaveBeenCalled();
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(onRetry).toHaveBeenCalledTimes(1);
      expect(button).toHaveAccessibleName('Try again');
      expect(button).not.toHaveAttribute('aria-disabled');
    } finally {
      vi.useRealTimers();
    }
  });

  it('dismisses until a new error arrives', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    const { rerender } = render(<ErrorBanner error={unauthorized} onDismiss={onDismiss} />);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('group', { name: /\S/ })).not.toBeInTheDocument();
    rerender(<ErrorBanner error={unauthorized} onDismiss={onDismiss} />);
    expect(screen.queryByRole('group', { name: /\S/ })).not.toBeInTheDocument();
    rerender(<ErrorBanner error={unavailable()} onDismiss={onDismiss} />);
    expect(screen.getByRole('group', { name: /\S/ })).toBeInTheDocument();
  });

  // Issue 18 review: a string decodes to a new model each time; the dismissal is of the value.
  it('dismisses a failure given as text, however often the parent renders', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<ErrorBanner error="Bad Request" onDismiss={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('group', { name: /\S/ })).not.toBeInTheDocument();
    rerender(<ErrorBanner error="Bad Request" onDismiss={() => {}} data-render="2" />);
    expect(screen.queryByRole('group', { name: /\S/ })).not.toBeInTheDocument();
  });

  // Issue 18 review: an app that reads the body itself (a logger in QueryCache's onError, as
  // the README's ky 1 line does) must not bring a dismissed banner back.
  it('stays dismissed when the app reads the failed body itself', async () => {
    const user = userEvent.setup();
    const thrown = new Response(
      JSON.stringify({ request_id: 'req-1', error: { message: 'Segment store is rebuilding.' } }),
      { status: 503, headers: { 'content-type': 'application/json' } },
    );
    const logged = readPermutiveError(thrown);
    const { rerender } = render(<ErrorBanner error={thrown} onDismiss={() => {}} />);
    await act(() => logged);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    rerender(<ErrorBanner error={thrown} onDismiss={() => {}} data-render="2" />);
    expect(screen.queryByRole('group', { name: /\S/ })).not.toBeInTheDocument();
  });
});

describe('variants and headings', () => {
  it('page, inline and compact', () => {
    const { rerender } = render(
      <ErrorBanner error={unauthorized} variant="inline" headingLevel={4} />,
    );
    expect(banner()).toHaveAttribute('data-variant', 'inline');
    expect(screen.getByRole('heading', { level: 4 })).toBeInTheDocument();
    rerender(<ErrorBanner error={unauthorized} variant="compact" />);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: 'Access to the service was refused' }),
    ).not.toHaveTextContent('may have been mistyped');
    // One line: the request id is an icon button, copied whole.
    expect(screen.getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument();
    expect(banner()).not.toHaveTextContent(unauthorized.requestId as string);
  });
});

describe('passthrough', () => {
  it('spreads rest props on the root, merges className, composes handlers', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    const onDismiss = vi.fn();
    render(
      <ErrorBanner
        error={unauthorized}
        id="err"
        className="mine"
        style={{ marginTop: 7 }}
        data-testid="banner"
        aria-describedby="help"
        onClick={onClick}
        onDismiss={onDismiss}
      />,
    );
    const root = screen.getByTestId('banner');
    expect(root).toHaveAttribute('id', 'err');
    expect(root).toHaveClass('pe-banner', 'mine');
    expect(root).toHaveStyle({ marginTop: '7px' });
    expect(root).toHaveAttribute('aria-describedby', 'help');
    expect(root).toHaveAttribute('data-kind', 'unauthorized');
    expect(root).toHaveAttribute('data-severity', 'error');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('unstyled drops every kit class and keeps the data-attributes', () => {
    const { container } = render(
      <ErrorBanner error={unauthorized} unstyled className="mine" onDismiss={() => {}} />,
    );
    expect(container.querySelector('[class*="pe-"]')).toBeNull();
    expect(banner()).toHaveClass('mine');
    expect(banner()).toHaveAttribute('data-variant', 'page');
  });
});

describe('hostile input', () => {
  it('shows HTML as text and never renders markup from strings', () => {
    const html = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    const { container } = render(
      <ErrorBanner
        error={createModel('server', {
          status: 500,
          message: html,
          cause: html,
          requestId: html,
          docs: 'javascript:alert(1)',
        })}
      />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getAllByText(html, { exact: false }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('renders a 5 MB cause clamped', async () => {
    const user = userEvent.setup();
    render(<ErrorBanner error={{ ...unauthorized, cause: 'x'.repeat(5 * 1024 * 1024) }} />);
    await user.click(screen.getByText('Details'));
    expect(screen.getByText(/^x+…$/).textContent?.length).toBeLessThan(400);
  });

  it('never throws on odd props and values', () => {
    const odd = [
      { error: { error: { message: 42, code: '1', docs: {} }, request_id: ['a'] } },
      { error: unauthorized, headingLevel: 99, variant: 'sideways' },
      { error: unavailable(), onRetry: 'not a function', onDismiss: 5 },
      { error: Object.create(null) },
      { error: 503 },
      { error: Symbol('x') },
    ];
    for (const props of odd) {
      const { unmount } = render(<ErrorBanner {...(props as unknown as { error: unknown })} />);
      expect(banner()).toHaveAccessibleName(/\S/);
      unmount();
    }
  });

  it('never shows API keys', () => {
    const model = createModel('bad-request', {
      status: 400,
      message: 'GET /v1/cohorts?k=secret-key-1 failed',
      cause:
        'Header x-api-key: secret-key-2 and Authorization: Bearer secret.token-3 rejected; api_key=secret-key-4',
      requestId: 'id?api_key=secret-key-5',
    });
    const { container } = render(<ErrorBanner error={model} />);
    expect(container.textContent).not.toMatch(/secret/);
    expect(container.textContent).toContain('[redacted]');
  });
});

describe('copy and languages', () => {
  it('overrides any entry by kind, status or subcode, with strings or functions', () => {
    render(
      <ErrorMessagesProvider
        messages={{
          errors: {
            2000: { title: 'Key rejected' },
            401: { description: (m) => `Status ${m.status} from the API.` },
            unauthorized: { action: 'Open Settings to reconnect.' },
          },
          ui: { copy: 'Copy ID', dismiss: 'Close' },
        }}
      >
        <ErrorBanner error={unauthorized} onDismiss={() => {}} />
      </ErrorMessagesProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Key rejected');
    expect(banner()).toHaveTextContent('Status 401 from the API.');
    expect(banner()).toHaveTextContent('Open Settings to reconnect.');
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(screen.getAllByText('Copy ID').length).toBe(1);
  });

  it('nested providers layer, the inner one winning', () => {
    render(
      <ErrorMessagesProvider messages={{ ui: { retry: 'Outer', dismiss: 'Outer dismiss' } }}>
        <ErrorMessagesProvider messages={{ ui: { retry: 'Inner' } }}>
          <ErrorBanner error={unavailable()} onRetry={() => {}} onDismiss={() => {}} />
        </ErrorMessagesProvider>
      </ErrorMessagesProvider>,
    );
    expect(screen.getByRole('button', { name: 'Inner' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Outer dismiss' })).toBeInTheDocument();
  });

  it('French covers every visible string and name', async () => {
    const user = userEvent.setup();
    render(
      <ErrorMessagesProvider messages={fr}>
        <ErrorBanner
          error={{ ...unavailable(), cause: 'c '.repeat(200), docs: unauthorized.docs }}
          onRetry={() => {}}
          onDismiss={() => {}}
        />
      </ErrorMessagesProvider>,
    );
    const alert = banner();
    expect(within(alert).getByRole('heading')).toHaveTextContent(
      'Le service est momentanément indisponible',
    );
    for (const name of [
      'Réessayer',
      'Masquer',
      'Copier l’ID de requête',
      'Copier les détails pour l’assistance',
    ]) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(
      screen.getByRole('link', { name: 'Aide sur cette erreur (s’ouvre dans un nouvel onglet)' }),
    ).toBeInTheDocument();
    await user.click(screen.getByText('Détails'));
    expect(screen.getByRole('button', { name: 'Tout afficher' })).toBeInTheDocument();
    // The separator is part of the translation: a narrow no-break space before the colon.
    expect(alert.textContent).toContain('ID de requête\u202f: req-503');
    for (const english of ['Try again', 'Dismiss', 'Copy', 'Details', 'Help with', 'Request ID']) {
      expect(alert.textContent).not.toContain(english);
    }
  });

  it('the French catalogue has every key of the English one', async () => {
    const { englishCatalogue } = await import('../../src/core/index.js');
    const { englishUi } = await import('../../src/messages/english.js');
    for (const [key, entry] of Object.entries(englishCatalogue)) {
      for (const field of ['title', 'description', 'action'] as const) {
        if (entry[field])
          expect(fr.errors?.[key]?.[field] ?? '(missing)', `${key}.${field}`).not.toBe('(missing)');
      }
    }
    expect(Object.keys(fr.ui ?? {}).sort()).toEqual(Object.keys(englishUi).sort());
  });
});

describe('focus', () => {
  it('never takes focus when it appears', () => {
    const { rerender } = render(
      <>
        <input aria-label="Search" />
        <ErrorBanner error={null} />
      </>,
    );
    screen.getByLabelText('Search').focus();
    rerender(
      <>
        <input aria-label="Search" />
        <ErrorBanner error={unauthorized} onRetry={() => {}} onDismiss={() => {}} />
      </>,
    );
    expect(screen.getByLabelText('Search')).toHaveFocus();
  });
});

describe('layout and wording', () => {
  it('puts the app’s own actions after Try again, and status codes nowhere in the headline', () => {
    render(
      <ErrorBanner
        error={unavailable()}
        onRetry={() => {}}
        actions={<button type="button">Status page</button>}
      />,
    );
    const buttons = within(banner()).getAllByRole('button');
    expect(buttons).toHaveLength(4);
    ['Try again', 'Status page', 'Copy request ID', 'Copy support details'].forEach((name, i) => {
      expect(buttons[i]).toHaveAccessibleName(name);
    });
    expect(screen.getByRole('heading')).not.toHaveTextContent(/503/);
  });

  it('is an error when a request failed, a warning over data still shown and for rate limits', () => {
    const { rerender } = render(<ErrorBanner error={unavailable()} />);
    expect(banner()).toHaveAttribute('data-severity', 'error');
    rerender(<ErrorBanner error={unavailable()} hasData />);
    expect(banner()).toHaveAttribute('data-severity', 'warning');
    rerender(<ErrorBanner error={createModel('rate-limited', { status: 429 })} />);
    expect(banner()).toHaveAttribute('data-severity', 'warning');
  });

  it('shows retries under way on a busy Try again that ignores clicks', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { rerender } = render(
      <ErrorBanner error={unavailable()} onRetry={onRetry} retrying={{ attempt: 2, of: 4 }} />,
    );
    const button = screen.getByRole('button', { name: 'Retrying… attempt 2 of 4' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    expect(onRetry).not.toHaveBeenCalled();
    expect(banner()).toHaveAttribute('data-state', 'retrying');
    rerender(<ErrorBanner error={unavailable()} onRetry={onRetry} retrying />);
    expect(button).toHaveAccessibleName('Retrying…');
    rerender(<ErrorBanner error={unavailable()} onRetry={onRetry} />);
    expect(button).toHaveAccessibleName('Try again');
  });

  it('says waits as people do, however long', () => {
    const { rerender } = render(<ErrorBanner error={unavailable(90_000)} onRetry={() => {}} />);
    expect(screen.getByRole('button', { name: 'Try again in 1 min 30 s' })).toBeInTheDocument();
    rerender(<ErrorBanner error={unavailable(7_200_000)} onRetry={() => {}} />);
    expect(screen.getByRole('button', { name: 'Try again in 2 h' })).toBeInTheDocument();
  });

  it.each([Number.NaN, -5000, Number.NEGATIVE_INFINITY])(
    'a hand-made retryAfterMs of %s means no wait',
    (retryAfterMs) => {
      render(<ErrorBanner error={{ ...unavailable(), retryAfterMs }} onRetry={() => {}} />);
      expect(screen.getByRole('button', { name: 'Try again' })).not.toHaveAttribute(
        'aria-disabled',
      );
    },
  );

  it('a hand-made retryAfterMs of Infinity means no wait, as the model reads it', () => {
    render(
      <ErrorBanner
        error={{ ...unavailable(), retryAfterMs: Number.POSITIVE_INFINITY }}
        onRetry={() => {}}
      />,
    );
    render(<RetryButton onRetry={() => {}} error={unavailable(Number.POSITIVE_INFINITY)} />);
    const buttons = screen.getAllByRole('button', { name: 'Try again' });
    expect(buttons).toHaveLength(2);
    for (const button of buttons) expect(button).not.toHaveAttribute('aria-disabled');
  });

  it('a new failure starts a new countdown, even with the same Retry-After', async () => {
    vi.useFakeTimers();
    try {
      const { rerender } = render(<ErrorBanner error={unavailable(2000)} onRetry={() => {}} />);
      const button = screen.getByRole('button', { name: 'Try again in 2 s' });
      await act(() => vi.advanceTimersByTimeAsync(1000));
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(button).toHaveAccessibleName('Try again');
      rerender(<ErrorBanner error={unavailable(2000)} onRetry={() => {}} />);
      expect(button).toHaveAccessibleName('Try again in 2 s');
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a 1 MB request id, message and cause shortened', () => {
    const huge = 'x'.repeat(1024 * 1024);
    render(
      <ErrorBanner
        error={createModel('bad-request', {
          status: 400,
          message: `Bad ${huge}`,
          cause: `Because ${huge}`,
          requestId: `id-${huge}-end`,
        })}
      />,
    );
    expect(banner().textContent?.length).toBeLessThan(1500);
    expect(within(banner()).getByText(/^id-x+…x+-end$/)).toBeInTheDocument();
    // Three megabytes through jsdom: what is checked is the text's length, never the time.
  }, 30_000);

  it('in another language than the server’s, its own copy leads and the server’s words follow, marked', () => {
    const error = createModel('bad-request', {
      status: 400,
      message: 'Parameter limit must be between 1 and 100.',
    });
    render(
      <ErrorMessagesProvider messages={fr}>
        <ErrorBanner error={error} />
      </ErrorMessagesProvider>,
    );
    const lines = [...banner().querySelectorAll('p')];
    // The French description is the message line; the English words come after it, in English.
    expect(lines[0]).toHaveTextContent(
      'Il manque quelque chose, ou un élément n’a pas la forme attendue.',
    );
    expect(lines[0]).not.toHaveAttribute('lang');
    const english = screen.getByText('Parameter limit must be between 1 and 100.');
    expect(english).toHaveAttribute('lang', 'en');
    expect(english).toHaveAttribute('dir', 'auto');
    expect(lines.indexOf(english as HTMLParagraphElement)).toBeGreaterThan(0);
  });

  it('an app’s own language is compared by its primary tag: en-GB copy is the server’s language', () => {
    render(
      <ErrorMessagesProvider messages={{ lang: 'en-GB' }}>
        <ErrorBanner
          error={createModel('bad-request', {
            status: 400,
            message: 'Parameter limit must be between 1 and 100.',
          })}
        />
      </ErrorMessagesProvider>,
    );
    expect(banner()).not.toHaveTextContent('Something in it is missing');
  });

  it('takes a lang for the server’s text from the messages in force', () => {
    render(
      <ErrorMessagesProvider messages={{ serverLang: 'de' }}>
        <ErrorBanner
          error={createModel('bad-request', { status: 400, message: 'Limit muss 1 bis 100 sein' })}
        />
      </ErrorMessagesProvider>,
    );
    expect(screen.getByText('Limit muss 1 bis 100 sein')).toHaveAttribute('lang', 'de');
  });
});
