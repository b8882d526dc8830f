import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createModel, ErrorBanner } from '../../src/index.js';
import '../../src/styles.css';

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
