import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorDetails } from '../../src/index.js';

describe('ErrorDetails', () => {
  it('ErrorDetails redacts a secret before clamping, so no start of it shows', () => {
    // The clamp at 300 characters falls twelve letters into the token.
    const cause = `${'x'.repeat(280)} Bearer abcdefghijklmnopqrstuvwxyz0123456789`;
    const { container } = render(<ErrorDetails cause={cause} open />);
    const shown = container.querySelector('p')?.textContent ?? '';
    expect(shown).toContain('Bearer [redacted]');
    expect(shown).not.toContain('abcdef');
  });

  it('ErrorDetails passes props to <details> and renders nothing for an empty cause', () => {
    const { rerender, container } = render(<ErrorDetails cause="Because." open data-testid="d" />);
    expect(screen.getByTestId('d')).toHaveAttribute('open');
    expect(screen.getByText('Because.')).toBeVisible();
    rerender(<ErrorDetails cause="   " />);
    expect(container).toBeEmptyDOMElement();
  });
});
