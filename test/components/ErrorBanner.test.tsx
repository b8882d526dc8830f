import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  createModel,
  describePermutiveError,
  ErrorBanner,
  ErrorMessagesProvider,
  type PermutiveErrorKind,
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

describe('what it shows', () => {
  it.each([400, 401, 403, 404, 500, 502, 503, 504])(
    'status %i: the catalogue title, description and next step',
    (status) => {
      const error = envelopeError(status);
      render(<ErrorBanner error={error} />);
      const alert = screen.getByRole('alert');
      const copy = describePermutiveError(
        createModel(alert.dataset.kind as PermutiveErrorKind, { status }),
      );
      expect(within(alert).getByRole('heading', { level: 2 })).toHaveTextContent(copy.title);
      expect(alert).toHaveTextContent(copy.description);
      expect(alert).toHaveTextContent(copy.action);
      expect(alert).toHaveAttribute('data-status', String(status));
      expect(within(alert).getByText(`req-${status}`)).toBeInTheDocument();
    },
  );

  it.each<[unknown, RegExp]>([
    [envelopeError(401), /sign in/i],
    [envelopeError(403), /access/i],
    [envelopeError(500), /try again/i],
    [new TypeError('Failed to fetch'), /connection/i],
    [envelopeError(400), /input/i],
  ])('gives the kind its next step', (error, step) => {
    render(<ErrorBanner error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent(step);
  });

  it('uses the subcode copy when there is one', () => {
    render(<ErrorBanner error={unauthorized} />);
    expect(screen.getByRole('heading')).toHaveTextContent(
      describePermutiveError(unauthorized).title,
    );
    expect(describePermutiveError(unauthorized).title).not.toBe(
      describePermutiveError(createModel('unauthorized')).title,
    );
  });

  it('renders nothing for null, undefined and an abort', () => {
    const abort = new DOMException('cancelled', 'AbortError');
    for (const error of [null, undefined, abort]) {
      const { container, unmount } = render(<ErrorBanner error={error} />);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
  });

  it("shows the server's message only where it adds something", () => {
    const { rerender } = render(<ErrorBanner error={unauthorized} />);
    expect(screen.getByText('The API key provided is invalid.')).toBeInTheDocument();
    const title = describePermutiveError(createModel('server')).title;
    rerender(
      <ErrorBanner
        error={createModel('server', { status: 500, message: `${title.toUpperCase()}!` })}
      />,
    );
    expect(screen.getAllByText(new RegExp(title, 'i'))).toHaveLength(1);
  });

  it('shows the cause in a disclosure, clamping long text', async () => {
    const user = userEvent.setup();
    const cause = `${'a'.repeat(400)}END`;
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
    const link = screen.getByRole('link', { name: 'Read the docs (opens in a new tab)' });
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

  it('counts down Retry-After, refusing early clicks, and can retry by itself', async () => {
    vi.useFakeTimers();
    try {
      const onRetry = vi.fn();
      render(<ErrorBanner error={unavailable(2500)} onRetry={onRetry} autoRetry />);
      const button = screen.getByRole('button', { name: 'Try again in 3s' });
      expect(button).toHaveAttribute('aria-disabled', 'true');
      button.click();
      expect(onRetry).not.toHaveBeenCalled();
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(button).toHaveAccessibleName('Try again in 2s');
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
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    rerender(<ErrorBanner error={unavailable()} onDismiss={onDismiss} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });
});

describe('variants and headings', () => {
  it('page, inline and compact', () => {
    const { rerender } = render(
      <ErrorBanner error={unauthorized} variant="inline" headingLevel={4} />,
    );
    expect(screen.getByRole('alert')).toHaveAttribute('data-variant', 'inline');
    expect(screen.getByRole('heading', { level: 4 })).toBeInTheDocument();
    rerender(<ErrorBanner error={unauthorized} variant="compact" />);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(describePermutiveError(unauthorized).title);
    expect(screen.getByRole('alert')).not.toHaveTextContent(
      describePermutiveError(unauthorized).description,
    );
    expect(screen.getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument();
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
    expect(screen.getByRole('alert')).toHaveClass('mine');
    expect(screen.getByRole('alert')).toHaveAttribute('data-variant', 'page');
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
      { error: 0 },
      { error: Symbol('x') },
    ];
    for (const props of odd) {
      const { unmount } = render(<ErrorBanner {...(props as unknown as { error: unknown })} />);
      expect(screen.getByRole('alert')).toBeInTheDocument();
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
    expect(screen.getByRole('alert')).toHaveTextContent('Status 401 from the API.');
    expect(screen.getByRole('alert')).toHaveTextContent('Open Settings to reconnect.');
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
          error={{ ...unavailable(), cause: 'c'.repeat(400), docs: unauthorized.docs }}
          onRetry={() => {}}
          onDismiss={() => {}}
        />
      </ErrorMessagesProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent(
      'Le service est momentanément indisponible',
    );
    for (const name of [
      'Réessayer',
      'Fermer',
      "Copier l'ID de requête",
      "Copier les détails pour l'assistance",
    ]) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(
      screen.getByRole('link', { name: 'Lire la documentation (s’ouvre dans un nouvel onglet)' }),
    ).toBeInTheDocument();
    await user.click(screen.getByText('Détails'));
    expect(screen.getByRole('button', { name: 'Tout afficher' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('ID de requête');
    for (const english of [
      'Try again',
      'Dismiss',
      'Copy',
      'Details',
      'Read the docs',
      'Request ID',
    ]) {
      expect(alert.textContent).not.toContain(english);
    }
  });

  it('the French catalogue has every key of the English one', async () => {
    const { englishCatalogue } = await import('../../src/core/index.js');
    const { englishUi } = await import('../../src/index.js');
    for (const [key, entry] of Object.entries(englishCatalogue())) {
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
