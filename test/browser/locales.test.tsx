import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  createModel,
  ErrorBanner,
  type ErrorBannerVariant,
  ErrorMessagesProvider,
  type LocaleMessages,
} from '../../src/index.js';
import { de } from '../../src/messages/de.js';
import { es } from '../../src/messages/es.js';
import '../../src/styles.css';

afterEach(cleanup);

const FONT = { fontFamily: 'system-ui, sans-serif' };
const id = 'e2cef6f6-296d-4044-b362-73fb2bce4a41';
const signedOut = createModel('unauthorized', {
  status: 401,
  code: 2000,
  message: 'The API key provided is invalid.',
  docs: 'https://developer.permutive.com/docs/errors/401/2000',
  requestId: id,
});
// A countdown on the retry button: the longest label German gives a button.
const rateLimited = createModel('rate-limited', {
  status: 429,
  requestId: id,
  retryAfterMs: 90_000,
});
const unavailable = createModel('server', { status: 503, requestId: id });

// What a German or Spanish reader is shown for a 401 with subcode 2000, written out by hand.
const LANGUAGES = [
  {
    lang: 'de',
    messages: de,
    title: 'Der Zugriff auf den Dienst wurde verweigert',
    message:
      'Der API-Schlüssel dieser Anwendung wurde vielleicht falsch eingegeben, widerrufen oder ersetzt.',
    action:
      'Melden Sie sich erneut an. Wenn das nicht hilft, bitten Sie Ihren Administrator, den API-Schlüssel der Anwendung zu prüfen.',
    label: 'Anfrage-ID: ',
    copy: 'Kopieren',
    copyName: 'Anfrage-ID kopieren',
    copied: 'Kopiert',
    retry: 'Erneut versuchen',
    countdown: 'Erneut versuchen in 1\u00a0min 30\u00a0s',
    dismiss: 'Ausblenden',
    docs: 'Hilfe zu diesem Fehler (öffnet sich in einem neuen Tab)',
    support: 'Angaben für den Support kopieren',
  },
  {
    lang: 'es',
    messages: es,
    title: 'Se ha denegado el acceso al servicio',
    message:
      'Puede que la clave de API de esta aplicación se haya escrito mal, se haya revocado o se haya sustituido.',
    action:
      'Vuelve a iniciar sesión. Si no se soluciona, pide a tu administrador que revise la clave de API de la aplicación.',
    label: 'ID de solicitud: ',
    copy: 'Copiar',
    copyName: 'Copiar ID de solicitud',
    copied: 'Copiado',
    retry: 'Reintentar',
    countdown: 'Reintentar en 1\u00a0min 30\u00a0s',
    dismiss: 'Descartar',
    docs: 'Ayuda sobre este problema (se abre en una pestaña nueva)',
    support: 'Copiar datos para el soporte',
  },
];

function show(
  width: number,
  lang: string,
  messages: LocaleMessages,
  variant: ErrorBannerVariant,
  error = signedOut,
) {
  const { container } = render(
    <div lang={lang} style={{ ...FONT, inlineSize: width }}>
      <ErrorMessagesProvider messages={messages}>
        <ErrorBanner error={error} variant={variant} onRetry={() => {}} onDismiss={() => {}} />
      </ErrorMessagesProvider>
    </div>,
  );
  return container.firstElementChild as HTMLElement;
}

describe.each(LANGUAGES)('ErrorBanner in $lang', (expected) => {
  it('shows the copy, the request id’s label and every name in the language', async () => {
    show(800, expected.lang, expected.messages, 'page');
    const banner = screen.getByRole('group', { name: expected.title });
    expect(within(banner).getByRole('heading')).toHaveTextContent(expected.title);
    const message = within(banner).getByText(expected.message);
    expect(within(banner).getByText(expected.action)).toBeVisible();
    expect(banner.querySelector('.pe-request-id .pe-label')).toHaveTextContent(
      new RegExp(`^${expected.label}e2cef6f6`),
    );
    const copy = within(banner).getByRole('button', { name: expected.copyName });
    expect(copy).toHaveTextContent(expected.copy);
    expect(within(banner).getByRole('button', { name: expected.dismiss })).toBeVisible();
    expect(within(banner).getByRole('link', { name: expected.docs })).toBeVisible();
    expect(within(banner).getByRole('button', { name: expected.support })).toBeVisible();
    // The kit's words take the page's language; the server's own words are marked English.
    expect(message).not.toHaveAttribute('lang');
    expect(message.closest('[lang]')).toHaveAttribute('lang', expected.lang);
    expect(within(banner).getByText('The API key provided is invalid.')).toHaveAttribute(
      'lang',
      'en',
    );
    for (const english of ['Try again', 'Dismiss', 'Copy', 'Request ID', 'Help with', 'support']) {
      expect(banner.textContent).not.toContain(english);
    }
    await userEvent.click(copy);
    await waitFor(() => expect(copy).toHaveAccessibleName(expected.copied));
  });

  it('names the retry button in the language', () => {
    show(800, expected.lang, expected.messages, 'page', unavailable);
    expect(screen.getByRole('button', { name: expected.retry })).toBeVisible();
    cleanup();
    show(800, expected.lang, expected.messages, 'page', rateLimited);
    expect(screen.getByRole('button', { name: expected.countdown })).toBeVisible();
  });

  for (const variant of ['page', 'inline', 'compact'] as const) {
    it(`${variant}: nothing overflows at 320 px`, () => {
      for (const error of [signedOut, rateLimited]) {
        const box = show(320, expected.lang, expected.messages, variant, error);
        const wide = [box, ...box.querySelectorAll('.pe-banner, .pe-body, .pe-footer, .pe-actions')]
          .filter((node): node is HTMLElement => node instanceof HTMLElement)
          .filter((node) => node.scrollWidth > node.clientWidth)
          .map(
            (node) =>
              `${node.className || node.tagName}: ${node.scrollWidth} > ${node.clientWidth}`,
          );
        expect(wide, error.kind).toEqual([]);
        expect(box.querySelectorAll('.pe-banner')).toHaveLength(1);
        cleanup();
      }
    });
  }
});
