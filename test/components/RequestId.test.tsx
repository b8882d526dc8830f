import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RequestId } from '../../src/index.js';

describe('RequestId', () => {
  it('RequestId: rest props, className and unstyled on its root', () => {
    const { container } = render(
      <RequestId value="r-1" data-testid="rid" className="mine" title="Support id" unstyled />,
    );
    const root = screen.getByTestId('rid');
    expect(root).toHaveClass('mine');
    expect(root).toHaveAttribute('title', 'Support id');
    expect(container.querySelector('[class*="pe-"]')).toBeNull();
    expect(screen.getByText('r-1')).toBeInTheDocument();
  });

  it('RequestId shows an id given by the app with its secrets redacted', () => {
    render(<RequestId value="req-9?api_key=sk9a8b7c6d5" maxLength={60} />);
    expect(screen.getByText('req-9?api_key=[redacted]')).toBeInTheDocument();
    expect(screen.queryByText(/sk9a8b7c6d5/)).toBeNull();
    expect(document.body.innerHTML).not.toContain('sk9a8b7c6d5');
  });

  it('RequestId renders nothing without an id', () => {
    const { container } = render(<RequestId value={null} />);
    expect(container).toBeEmptyDOMElement();
  });
});
