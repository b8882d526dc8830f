import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createModel, ErrorBanner } from '../../src/index.js';
import '../../src/styles.css';
import { contrast } from '../support/contrast.js';

const error = createModel('server', { status: 503 });
const background = () => getComputedStyle(screen.getByRole('group')).backgroundColor;

// The error background of each theme, as styles.css writes it: #ffebe9 light, #2a171b dark.
const LIGHT = 'rgb(255, 235, 233)';
const DARK = 'rgb(42, 23, 27)';

describe('data-theme: the nearest one wins', () => {
  it('a light region inside a dark page shows the light banner', () => {
    render(
      <div data-theme="dark">
        <section data-theme="light">
          <ErrorBanner error={error} />
        </section>
      </div>,
    );
    expect(background()).toBe(LIGHT);
  });

  it('a dark region inside a light page shows the dark banner', () => {
    render(
      <div data-theme="light">
        <section data-theme="dark">
          <ErrorBanner error={error} />
        </section>
      </div>,
    );
    expect(background()).toBe(DARK);
  });

  it('data-theme on the banner itself beats its page', () => {
    render(
      <div data-theme="dark">
        <ErrorBanner error={error} data-theme="light" />
      </div>,
    );
    expect(background()).toBe(LIGHT);
  });
});

describe('secondary buttons keep a visible outline', () => {
  // Copy support details is outlined, unfilled: its border must stand 3:1 against the banner.
  for (const theme of ['light', 'dark']) {
    it(`in ${theme}, on an error and a warning`, () => {
      render(
        <div data-theme={theme}>
          <ErrorBanner error={createModel('server', { status: 503, requestId: 'req-1' })} />
          <ErrorBanner error={createModel('rate-limited', { status: 429, requestId: 'req-2' })} />
        </div>,
      );
      const buttons = screen.getAllByRole('button', { name: 'Copy support details' });
      expect(buttons).toHaveLength(2);
      for (const button of buttons) {
        const banner = button.closest('[role="group"]') as HTMLElement;
        const outline = getComputedStyle(button).borderTopColor;
        expect(contrast(outline, getComputedStyle(banner).backgroundColor)).toBeGreaterThanOrEqual(
          3,
        );
      }
    });
  }
});
