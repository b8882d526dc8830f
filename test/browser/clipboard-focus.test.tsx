import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import {
  CopySupportDetails,
  createModel,
  ErrorBanner,
  type ErrorMessages,
  ErrorMessagesProvider,
  RequestId,
  RetryButton,
} from '../../src/index.js';
import { de } from '../../src/messages/de.js';
import { es } from '../../src/messages/es.js';
import { fr } from '../../src/messages/fr.js';
import '../../src/styles.css';
import { unauthorized, unavailable } from '../support/models.js';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const FONT = { fontFamily: 'system-ui, sans-serif', fontSize: 16 };

describe('copying in a real browser', () => {
  it('copies the request id whole; the button itself says "Copied", at the same width', async () => {
    const id = 'e2cef6f6-296d-4044-b362-73fb2bce4a72';
    render(<RequestId value={id} style={FONT} />);
    const button = screen.getByRole('button', { name: 'Copy request ID' });
    const width = button.getBoundingClientRect().width;
    await userEvent.click(button);
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe(id));
    await waitFor(() => expect(button).toHaveAccessibleName('Copied'));
    expect(button).toHaveTextContent(/^Copied/);
    expect(button.getBoundingClientRect().width).toBe(width);
    expect(document.querySelector('.pe-request-id [role], .pe-request-id [aria-live]')).toBeNull();
    // It goes back to its name, and copies again each time.
    await waitFor(() => expect(button).toHaveAccessibleName('Copy request ID'), { timeout: 3000 });
    await navigator.clipboard.writeText('something else');
    await userEvent.click(button);
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe(id));
    expect(button.getBoundingClientRect().width).toBe(width);
  });

  it('falls back to the selection when the Clipboard API refuses', async () => {
    await navigator.clipboard.writeText('before');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(
      new DOMException('denied', 'NotAllowedError'),
    );
    const execCommand = vi.spyOn(document, 'execCommand');
    render(<RequestId value="req-fallback" />);
    const button = screen.getByRole('button', { name: 'Copy request ID' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAccessibleName('Copied'));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(await navigator.clipboard.readText()).toBe('req-fallback');
    expect(button).toHaveFocus();
  });

  it('when every way to copy fails, the text appears selected and stays until closed', async () => {
    // The page's clock is fake from the start, so that no timer set by the copy can run unseen.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    vi.spyOn(document, 'execCommand').mockImplementation(() => {
      throw new Error('no');
    });
    render(<RequestId value="req-x?k=SECRET" />);
    const button = screen.getByRole('button', { name: 'Copy request ID' });
    await userEvent.click(button);
    // vi.waitFor polls on the real clock: Testing Library's would wait on the fake one.
    const box = await vi.waitFor(() =>
      screen.getByRole('textbox', { name: "Couldn't copy. Select the text and copy it." }),
    );
    expect(box).toHaveValue('req-x?k=[redacted]');
    expect(box).toHaveFocus();
    const area = box as HTMLTextAreaElement;
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, 'req-x?k=[redacted]'.length]);
    // Longer than "Copied" shows (2 s): the text to copy by hand stays.
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(box).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('copies a support block with secrets redacted, the message and cause in full', async () => {
    const model = createModel('unauthorized', {
      status: 401,
      code: 2000,
      message: 'The API key provided is invalid.',
      cause: `Key ${'k'.repeat(5000)} does not exist.`,
      requestId: 'req-9?k=SECRETKEY',
    });
    render(<CopySupportDetails error={model} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy support details' }));
    await waitFor(async () =>
      expect(await navigator.clipboard.readText()).toContain('Request ID: req-9?k=[redacted]'),
    );
    const text = await navigator.clipboard.readText();
    expect(text).toContain('Status: 401');
    expect(text).toContain('Code: 2000');
    expect(text).toContain('Message: The API key provided is invalid.');
    expect(text).toContain(`Cause: Key ${'k'.repeat(5000)} does not exist.`);
    expect(text).toMatch(/Time: \d{4}-\d{2}-\d{2}T/);
    expect(text).toContain(`Page: ${location.pathname}`);
    expect(text).not.toContain('SECRETKEY');
  });
});

describe('a failed copy inside a banner', () => {
  // The box's Close sits beside the banner's Dismiss: two buttons of one name would be the same
  // button to a screen reader's list of controls.
  it.each([
    ['English', {}],
    ['French', fr],
    ['German', de],
    ['Spanish', es],
  ] as [string, ErrorMessages][])(
    'keeps every button a name of its own in %s',
    async (_language, messages) => {
      vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
      vi.spyOn(document, 'execCommand').mockImplementation(() => {
        throw new Error('no');
      });
      render(
        <ErrorMessagesProvider messages={messages}>
          <ErrorBanner error={unavailable()} onRetry={() => {}} onDismiss={() => {}} />
        </ErrorMessagesProvider>,
      );
      const buttons = () => screen.getAllByRole('button');
      const before = buttons().length;
      await userEvent.click(buttons()[2] as HTMLElement);
      await waitFor(() => expect(screen.getByRole('textbox')).toBeVisible());
      const names = buttons().map(
        (button) => button.getAttribute('aria-label') ?? button.textContent,
      );
      expect(names.length).toBeGreaterThan(before);
      expect(new Set(names).size).toBe(names.length);
    },
  );
});

describe('focus and keyboard', () => {
  it('appears without moving focus', async () => {
    const { rerender } = render(
      <>
        <button type="button">Save</button>
        <ErrorBanner error={null} />
      </>,
    );
    const save = screen.getByRole('button', { name: 'Save' });
    save.focus();
    rerender(
      <>
        <button type="button">Save</button>
        <ErrorBanner error={unavailable()} onRetry={() => {}} onDismiss={() => {}} />
      </>,
    );
    await expect.poll(() => screen.queryByRole('group', { name: /\S/ })).not.toBeNull();
    expect(save).toHaveFocus();
  });

  it('works by keyboard: every action in reading order, activated with Enter', async () => {
    const onRetry = vi.fn();
    const onDismiss = vi.fn();
    render(
      <ErrorBanner
        error={{ ...unavailable(), cause: 'Upstream timed out.', docs: unauthorized.docs }}
        onRetry={onRetry}
        onDismiss={onDismiss}
        actions={<button type="button">Status page</button>}
      />,
    );
    const order = [
      'Try again',
      'Status page',
      'Copy request ID',
      'Help with this error (opens in a new tab)',
      'Copy support details',
      'Dismiss',
    ];
    for (const name of order) {
      await userEvent.tab();
      expect(document.activeElement).toHaveAccessibleName(name);
    }
    screen.getByRole('button', { name: 'Try again' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('Dismiss gives focus back to where it came from, never to <body>', async () => {
    render(
      <>
        <button type="button">Save</button>
        <ErrorBanner error={unauthorized} onDismiss={() => {}} />
        <button type="button">Next</button>
      </>,
    );
    screen.getByRole('button', { name: 'Save' }).focus();
    await userEvent.tab({ shift: false });
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName('Dismiss');
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('group', { name: /\S/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
  });

  it('Dismiss with no way back moves focus to the next control after the banner', async () => {
    render(
      <>
        <ErrorBanner error={unauthorized} onDismiss={() => {}} />
        <button type="button">Next</button>
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('group', { name: /\S/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
  });

  it('Try again keeps focus while retrying, and focus goes to what replaces the banner', async () => {
    function Page({ state }: { state: 'failed' | 'retrying' | 'loaded' }) {
      return (
        <main>
          <h1>Cohorts</h1>
          {state === 'loaded' ? (
            <table>
              <tbody>
                <tr>
                  <td>
                    <a href="#c1">Cohort 1</a>
                  </td>
                </tr>
              </tbody>
            </table>
          ) : (
            <ErrorBanner
              error={unavailable()}
              onRetry={() => {}}
              retrying={state === 'retrying' && { attempt: 2, of: 4 }}
            />
          )}
        </main>
      );
    }
    const { rerender } = render(<Page state="failed" />);
    const button = screen.getByRole('button', { name: 'Try again' });
    await userEvent.click(button);
    rerender(<Page state="retrying" />);
    expect(button).toHaveAccessibleName('Retrying… attempt 2 of 4');
    expect(button).toHaveFocus();
    rerender(<Page state="loaded" />);
    await waitFor(() => expect(screen.getByRole('link', { name: 'Cohort 1' })).toHaveFocus());
  });

  it("focus goes to what stands in the banner's place, not to a control that appeared elsewhere", async () => {
    function Page({ loaded }: { loaded: boolean }) {
      return (
        <main>
          {loaded && <button type="button">Export</button>}
          <h1>Cohorts</h1>
          {loaded ? (
            <a href="#c1">Cohort 1</a>
          ) : (
            <ErrorBanner error={unavailable()} onRetry={() => {}} />
          )}
        </main>
      );
    }
    const { rerender } = render(<Page loaded={false} />);
    screen.getByRole('button', { name: 'Try again' }).focus();
    rerender(<Page loaded />);
    await waitFor(() => expect(screen.getByRole('link', { name: 'Cohort 1' })).toHaveFocus());
  });

  it('shows a visible focus ring', async () => {
    render(<ErrorBanner error={unavailable()} onRetry={() => {}} />);
    await userEvent.tab();
    const focused = document.activeElement as HTMLElement;
    expect(getComputedStyle(focused).outlineStyle).toBe('solid');
  });
});

describe('layout in a real browser', () => {
  const box = (node: Element) => node.getBoundingClientRect();

  it('compact at 320 px keeps its title whole, its actions below it, every target at least 24 px', () => {
    render(
      <div style={{ ...FONT, width: 320 }}>
        <ErrorBanner
          error={{ ...unavailable(90_000), requestId: 'e2cef6f6-296d-4044-b362-73fb2bce4a72' }}
          variant="compact"
          onRetry={() => {}}
          onDismiss={() => {}}
        />
      </div>,
    );
    const banner = screen.getByRole('group', { name: /\S/ });
    // "The service is temporarily unavailable" and "Try again in 1 min 30 s" do not share 320 px:
    // the title keeps its words and the actions take the line below.
    const body = banner.querySelector('.pe-body') as HTMLElement;
    expect(body.scrollWidth).toBeLessThanOrEqual(body.clientWidth);
    const retry = within(banner).getByRole('button', { name: 'Try again in 1 min 30 s' });
    expect(box(retry).top).toBeGreaterThanOrEqual(box(body).bottom);
    expect(box(banner).width).toBeLessThanOrEqual(320);
    for (const button of within(banner).getAllByRole('button')) {
      expect(box(button).width).toBeGreaterThanOrEqual(24);
      expect(box(button).height).toBeGreaterThanOrEqual(24);
      expect(box(button).right).toBeLessThanOrEqual(box(banner).right);
    }
  });

  it('inline fits a 400 px card with the request id and its Copy on one line', () => {
    render(
      <div style={{ ...FONT, width: 400 }}>
        <ErrorBanner error={unauthorized} variant="inline" />
      </div>,
    );
    const code = screen.getByText(/^e2cef6f6/);
    const copy = screen.getByRole('button', { name: 'Copy request ID' });
    expect(
      Math.abs(box(code).top + box(code).height / 2 - (box(copy).top + box(copy).height / 2)),
    ).toBeLessThan(4);
    expect(box(screen.getByRole('group', { name: /\S/ })).width).toBeLessThanOrEqual(400);
  });

  it('the page variant at 360 px leaves no label alone at the end of a line', () => {
    render(
      <div style={{ ...FONT, width: 360 }}>
        <ErrorBanner error={unauthorized} onDismiss={() => {}} />
      </div>,
    );
    const code = screen.getByText(/^e2cef6f6/);
    const label = code.parentElement as HTMLElement;
    expect(label.getClientRects()).toHaveLength(1);
    expect(box(screen.getByRole('group', { name: /\S/ })).width).toBeLessThanOrEqual(360);
  });

  it('keeps room for a dismiss button only when there is one', () => {
    const { rerender } = render(
      <div style={{ ...FONT, width: 360 }}>
        <ErrorBanner error={unauthorized} />
      </div>,
    );
    const heading = () => screen.getByRole('heading');
    expect(getComputedStyle(heading()).paddingInlineEnd).toBe('0px');
    rerender(
      <div style={{ ...FONT, width: 360 }}>
        <ErrorBanner error={unauthorized} onDismiss={() => {}} />
      </div>,
    );
    const dismiss = box(screen.getByRole('button', { name: 'Dismiss' }));
    const text = box(heading());
    expect(
      text.right - Number.parseFloat(getComputedStyle(heading()).paddingInlineEnd),
    ).toBeLessThanOrEqual(dismiss.left);
  });

  it('a countdown button keeps its width when the wait ends', async () => {
    render(
      <div style={FONT}>
        <RetryButton
          onRetry={() => {}}
          error={createModel('rate-limited', { status: 429, retryAfterMs: 1000 })}
        />
      </div>,
    );
    const button = screen.getByRole('button', { name: 'Try again in 1 s' });
    const width = box(button).width;
    await waitFor(() => expect(button).toHaveAccessibleName('Try again'), { timeout: 3000 });
    expect(box(button).width).toBe(width);
  });

  it('a 1 MB message, cause and request id keep the banner short', async () => {
    const huge = 'x'.repeat(1024 * 1024);
    render(
      <div style={{ ...FONT, width: 600 }}>
        <ErrorBanner
          error={createModel('bad-request', {
            status: 400,
            message: huge,
            cause: huge,
            requestId: huge,
          })}
        />
      </div>,
    );
    const banner = screen.getByRole('group', { name: /\S/ });
    expect(box(banner).height).toBeLessThan(500);
    await userEvent.click(screen.getByText('Details'));
    await userEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(box(banner).height).toBeLessThan(800);
  });
});

describe('forced colours (Windows high contrast)', () => {
  it('tells error from warning by the icon and the border, not by colour', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    try {
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      render(
        <>
          <ErrorBanner error={unavailable()} />
          <ErrorBanner error={createModel('rate-limited', { status: 429 })} />
        </>,
      );
      const [error, warning] = screen.getAllByRole('group', { name: /\S/ }) as HTMLElement[];
      const style = (node: Element) => getComputedStyle(node).borderTopStyle;
      expect([style(error as Element), style(warning as Element)]).toEqual(['solid', 'dashed']);
      const shape = (node: Element) => node.querySelector('svg path')?.getAttribute('d');
      expect(shape(error as Element)).not.toBe(shape(warning as Element));
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});
