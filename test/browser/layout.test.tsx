import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  createModel,
  ErrorBanner,
  type ErrorBannerVariant,
  ErrorMessagesProvider,
  type PermutiveErrorModel,
} from '../../src/index.js';
import { fr } from '../../src/messages/fr.js';
import '../../src/styles.css';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const FONT = { fontFamily: 'system-ui, sans-serif' };
const id = 'e2cef6f6-296d-4044-b362-73fb2bce4a41';
const ERRORS: Record<string, PermutiveErrorModel> = {
  400: createModel('bad-request', {
    status: 400,
    code: 1000,
    message: 'The values of one or more parameters are invalid.',
    cause: 'Parameter "limit" must be between 1 and 100.',
    docs: 'https://developer.permutive.com/docs/errors/400/1000',
    requestId: id,
  }),
  401: createModel('unauthorized', {
    status: 401,
    code: 2000,
    message: 'The API key provided is invalid.',
    docs: 'https://developer.permutive.com/docs/errors/401/2000',
    requestId: id,
  }),
  429: createModel('rate-limited', { status: 429, requestId: id, retryAfterMs: 90_000 }),
  503: createModel('server', { status: 503, requestId: id, retryAfterMs: 3000 }),
  network: createModel('network'),
  'long request id': createModel('server', {
    status: 500,
    requestId: `trace-${'0123456789abcdef'.repeat(18)}-end`,
  }),
};
const VARIANTS: ErrorBannerVariant[] = ['page', 'inline', 'compact'];
const LANGUAGES = { en: {}, fr } as const;

// Overflow as a person meets it: a box whose content is wider than the box scrolls or spills.
function overflows(nodes: (Element | null)[]) {
  return nodes
    .filter((node): node is HTMLElement => node instanceof HTMLElement)
    .filter((node) => node.scrollWidth > node.clientWidth)
    .map((node) => `${node.className || node.tagName}: ${node.scrollWidth} > ${node.clientWidth}`);
}

function show(width: number, ui: ReactNode) {
  const { container } = render(<div style={{ ...FONT, inlineSize: width }}>{ui}</div>);
  return container.firstElementChild as HTMLElement;
}

describe('narrow screens: nothing overflows', () => {
  for (const width of [320, 360]) {
    for (const [lang, messages] of Object.entries(LANGUAGES)) {
      for (const variant of VARIANTS) {
        it(`${variant} at ${width} px in ${lang}, with and without actions`, () => {
          for (const [name, error] of Object.entries(ERRORS)) {
            for (const actions of [true, false]) {
              const box = show(
                width,
                <ErrorMessagesProvider messages={messages}>
                  {actions ? (
                    <ErrorBanner
                      error={error}
                      variant={variant}
                      onRetry={() => {}}
                      onDismiss={() => {}}
                    />
                  ) : (
                    <ErrorBanner error={error} variant={variant} />
                  )}
                </ErrorMessagesProvider>,
              );
              const banner = box.querySelector('.pe-banner');
              expect(
                overflows([box, banner, ...box.querySelectorAll('.pe-body, .pe-footer')]),
                `${name}, ${actions ? 'with' : 'without'} actions`,
              ).toEqual([]);
              cleanup();
            }
          }
        });
      }
    }
  }

  it('the request id wraps inside a narrow card instead of spilling out of it', () => {
    const box = show(180, <ErrorBanner error={ERRORS['long request id']} variant="inline" />);
    expect(overflows([box, ...box.querySelectorAll('.pe-banner, .pe-body, .pe-footer')])).toEqual(
      [],
    );
    const code = box.querySelector('code') as HTMLElement;
    // Wrapped onto more than one line, and still inside the banner's padding.
    expect(code.getClientRects().length).toBeGreaterThan(1);
  });

  it('"Several errors on one page" fits 360 px: two inline banners side by side in halves', () => {
    // The recipe's layout (stories/Recipes.stories.tsx), in a phone-wide page.
    const page = show(
      360,
      <main style={{ display: 'grid', gap: '1rem' }}>
        <ErrorBanner error={ERRORS[401]} />
        <div style={{ display: 'grid', gap: '1rem', gridTemplateColumns: '1fr 1fr' }}>
          <section aria-label="Audience size">
            <ErrorBanner error={ERRORS[429]} variant="inline" headingLevel={3} />
          </section>
          <section aria-label="Related segments">
            <ErrorBanner error={ERRORS[400]} variant="inline" headingLevel={3} />
          </section>
        </div>
      </main>,
    );
    expect(page.scrollWidth).toBe(360);
    expect(overflows([...page.querySelectorAll('main, section, .pe-banner, .pe-body')])).toEqual(
      [],
    );
  });
});

describe('narrow screens: the box to copy by hand fits too', () => {
  for (const variant of VARIANTS) {
    it(`${variant} at 320 px, when every way to copy fails`, async () => {
      vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
      vi.spyOn(document, 'execCommand').mockImplementation(() => {
        throw new Error('no');
      });
      const box = show(
        320,
        <ErrorMessagesProvider messages={fr}>
          <ErrorBanner error={ERRORS[401]} variant={variant} onDismiss={() => {}} />
        </ErrorMessagesProvider>,
      );
      const copy = box.querySelector('.pe-request-id button, .pe-icon-button') as HTMLElement;
      await userEvent.click(copy);
      await expect.element(box.querySelector('textarea') as HTMLElement).toBeVisible();
      expect(
        overflows([box, ...box.querySelectorAll('.pe-banner, .pe-body, .pe-footer, .pe-actions')]),
      ).toEqual([]);
    });
  }
});

describe('compact: the title stays readable', () => {
  const parts = (box: HTMLElement) => ({
    body: box.querySelector('.pe-body') as HTMLElement,
    title: box.querySelector('.pe-title') as HTMLElement,
    actions: box.querySelector('.pe-actions') as HTMLElement,
  });

  it('at 360 px no title is cut to an ellipsis: the actions move below instead', () => {
    for (const [lang, messages] of Object.entries(LANGUAGES)) {
      for (const [name, error] of Object.entries(ERRORS)) {
        const box = show(
          360,
          <ErrorMessagesProvider messages={messages}>
            <ErrorBanner error={error} variant="compact" onRetry={() => {}} onDismiss={() => {}} />
          </ErrorMessagesProvider>,
        );
        const { body, title } = parts(box);
        expect(body.scrollWidth, `${lang} ${name}`).toBeLessThanOrEqual(body.clientWidth);
        expect(getComputedStyle(body).textOverflow, `${lang} ${name}`).not.toBe('ellipsis');
        // English titles fit one line of 360 px; a longer French one wraps, whole, rather than
        // lose its end.
        if (lang === 'en') expect(title.getClientRects(), name).toHaveLength(1);
        cleanup();
      }
    }
  });

  it('stays one line where everything fits', () => {
    for (const [width, props] of [
      [1280, { onRetry: () => {}, onDismiss: () => {} }],
      [320, {}],
    ] as const) {
      const box = show(width, <ErrorBanner error={ERRORS[429]} variant="compact" {...props} />);
      const { title, actions } = parts(box);
      const line = title.getBoundingClientRect();
      const banner = (box.querySelector('.pe-banner') as HTMLElement).getBoundingClientRect();
      // One row: lower than two lines of text would be.
      const lineHeight = Number.parseFloat(getComputedStyle(title).lineHeight);
      expect(banner.height, `${width} px`).toBeLessThan(2 * lineHeight + 4);
      if (props.onRetry) expect(actions.getBoundingClientRect().top).toBeLessThan(line.bottom);
      cleanup();
    }
  });
});
