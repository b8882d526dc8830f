import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createModel, ErrorBanner, RetryButton } from '../../src/index.js';
import '../../src/styles.css';
import { contrast } from '../support/contrast.js';

afterEach(cleanup);

const WAITING = createModel('rate-limited', { status: 429, retryAfterMs: 30_000 });
const READY = createModel('server', { status: 503 });

// From styles.css, written out by hand: muted text and the banners' backgrounds, per theme.
const THEMES = {
  light: { muted: 'rgb(84, 93, 104)', warning: 'rgb(255, 248, 197)', error: 'rgb(255, 235, 233)' },
  dark: { muted: 'rgb(158, 167, 179)', warning: 'rgb(39, 33, 21)', error: 'rgb(42, 23, 27)' },
} as const;

describe('a waiting Try again looks unavailable, and stays legible', () => {
  for (const [theme, colours] of Object.entries(THEMES)) {
    it(`in ${theme}`, () => {
      render(
        <div data-theme={theme}>
          <ErrorBanner error={WAITING} onRetry={() => {}} data-testid="waiting" />
          <ErrorBanner error={READY} onRetry={() => {}} data-testid="ready" />
        </div>,
      );
      const waiting = screen.getByRole('button', { name: 'Try again in 30 s' });
      const ready = screen.getByRole('button', { name: 'Try again' });
      expect(waiting).toHaveAttribute('aria-disabled', 'true');
      const off = getComputedStyle(waiting);
      const on = getComputedStyle(ready);

      // Unlike the active button: no filled background, muted text, a dashed outline.
      expect(on.backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
      expect(off.backgroundColor).toBe('rgba(0, 0, 0, 0)');
      expect(off.color).toBe(colours.muted);
      expect(off.color).not.toBe(on.color);
      expect(off.borderTopStyle).toBe('dashed');
      expect(on.borderTopStyle).toBe('solid');
      expect(off.borderTopColor).toBe(colours.muted);
      expect(off.cursor).toBe('not-allowed');

      // Its text and its outline on the warning banner behind it (a 429 is a warning).
      const behind = getComputedStyle(screen.getByTestId('waiting')).backgroundColor;
      expect(behind).toBe(colours.warning);
      expect(contrast(off.color, behind)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(off.borderTopColor, behind)).toBeGreaterThanOrEqual(3);
    });
  }

  it('a retry under way looks unavailable too', () => {
    render(<ErrorBanner error={READY} onRetry={() => {}} retrying />);
    const busy = getComputedStyle(screen.getByRole('button', { name: 'Retrying…' }));
    expect(busy.backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(busy.borderTopStyle).toBe('dashed');
    expect(busy.cursor).toBe('progress');
  });
});

describe('a countdown keeps the width it starts with', () => {
  // Each wait passes a label longer than its first: a unit appears ("1 h" → "59 min 59 s").
  it.each([
    [3600, 1, 'Try again in 59 min 59 s'],
    [3725, 6, 'Try again in 1 h 1 min 59 s'],
    [86_401, 2, 'Try again in 23 h 59 min 59 s'],
  ])('from %i s, %i s on', async (seconds, after, later) => {
    vi.useFakeTimers();
    try {
      const error = createModel('rate-limited', { status: 429, retryAfterMs: seconds * 1000 });
      render(<RetryButton onRetry={() => {}} error={error} />);
      const button = screen.getByRole('button', { name: /^Try again in / });
      const width = button.getBoundingClientRect().width;
      for (let i = 0; i < after; i++) await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(button).toHaveAccessibleName(later);
      expect(button.getBoundingClientRect().width).toBe(width);
    } finally {
      vi.useRealTimers();
    }
  });
});
