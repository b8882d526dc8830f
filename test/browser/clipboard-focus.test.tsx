import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CopySupportDetails, createModel, ErrorBanner, RequestId } from '../../src/index.js';
import '../../src/styles.css';
import { unauthorized, unavailable } from '../support/models.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const status = (region: HTMLElement) =>
  within(region.parentElement as HTMLElement).getByRole('status');

describe('copying in a real browser', () => {
  it('copies the request id, and shows and announces "Copied" each time', async () => {
    render(<RequestId value="req-42" />);
    const button = screen.getByRole('button', { name: 'Copy request ID' });
    await userEvent.click(button);
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe('req-42'));
    const region = status(button);
    await waitFor(() => expect(region).toHaveTextContent('Copied'));
    const first = region.firstElementChild;
    await navigator.clipboard.writeText('something else');
    await userEvent.click(button);
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe('req-42'));
    // A new node in the live region is announced again, even with the same words.
    await waitFor(() => expect(region.firstElementChild).not.toBe(first));
    expect(region).toHaveTextContent('Copied');
    expect(region).toBeVisible();
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
    await waitFor(() => expect(status(button)).toHaveTextContent('Copied'));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(await navigator.clipboard.readText()).toBe('req-fallback');
    expect(button).toHaveFocus();
  });

  it('says so, and never throws, when every way to copy fails', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    vi.spyOn(document, 'execCommand').mockImplementation(() => {
      throw new Error('no');
    });
    render(<RequestId value="req-x" />);
    const button = screen.getByRole('button', { name: 'Copy request ID' });
    await userEvent.click(button);
    await waitFor(() => expect(status(button)).toHaveTextContent("Couldn't copy"));
    expect(document.querySelector('textarea')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('copies a support block with API keys redacted', async () => {
    const model = createModel('unauthorized', {
      status: 401,
      code: 2000,
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
    expect(text).toMatch(/Time: \d{4}-\d{2}-\d{2}T/);
    expect(text).toContain(`Page: ${location.pathname}`);
    expect(text).not.toContain('SECRETKEY');
  });
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
    await expect.poll(() => screen.queryByRole('alert')).not.toBeNull();
    expect(save).toHaveFocus();
  });

  it('works by keyboard: every action in order, activated with Enter and Space', async () => {
    const onRetry = vi.fn();
    const onDismiss = vi.fn();
    render(
      <ErrorBanner
        error={{ ...unavailable(), cause: 'Upstream timed out.', docs: unauthorized.docs }}
        onRetry={onRetry}
        onDismiss={onDismiss}
      />,
    );
    const order = [
      'Details',
      'Try again',
      'Read the docs (opens in a new tab)',
      'Copy request ID',
      'Copy support details',
      'Dismiss',
    ];
    const reached: string[] = [];
    for (const _ of order) {
      await userEvent.tab();
      const active = document.activeElement as HTMLElement;
      reached.push(
        active.tagName === 'SUMMARY'
          ? (active.textContent ?? '')
          : (active.getAttribute('aria-label') ?? active.textContent ?? ''),
      );
    }
    expect(reached.map((name) => name.replace(/\s+/g, ' ').trim())).toEqual(order);

    screen.getByText('Details').focus();
    await userEvent.keyboard(' ');
    expect(screen.getByText('Details').closest('details')).toHaveAttribute('open');
    screen.getByRole('button', { name: 'Try again' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onRetry).toHaveBeenCalledTimes(1);
    screen.getByRole('button', { name: 'Dismiss' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('shows a visible focus ring', async () => {
    render(<ErrorBanner error={unavailable()} onRetry={() => {}} />);
    await userEvent.tab();
    const focused = document.activeElement as HTMLElement;
    expect(getComputedStyle(focused).outlineStyle).toBe('solid');
  });
});
