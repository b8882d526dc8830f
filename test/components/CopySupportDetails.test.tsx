import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CopySupportDetails } from '../../src/index.js';
import { unauthorized } from '../support/models.js';

describe('CopySupportDetails', () => {
  it('CopySupportDetails composes onClick', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(<CopySupportDetails error={unauthorized} onClick={onClick} aria-describedby="x" />);
    const button = screen.getByRole('button', { name: 'Copy support details' });
    expect(button).toHaveAttribute('aria-describedby', 'x');
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    // The button's own label says so; its accessible name follows.
    expect(await screen.findByRole('button', { name: 'Copied' })).toBe(button);
  });
});
