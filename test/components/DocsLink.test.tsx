import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DocsLink, ErrorBanner } from '../../src/index.js';
import { unauthorized } from '../support/models.js';

describe('DocsLink', () => {
  it('DocsLink keeps its safety whatever props say', () => {
    render(<DocsLink href={unauthorized.docs} rel="opener" target="_self" className="mine" />);
    const link = screen.getByRole('link');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_self');
    expect(link).toHaveClass('pe-docs', 'mine');
  });

  it('DocsLink renders nothing for an unsafe link', () => {
    const { container } = render(<DocsLink href="data:text/html,hi" />);
    expect(container).toBeEmptyDOMElement();
  });

  // The fuzz run found DocsLink putting a link's key in the page as it was given.
  it.each([
    [
      'https://developer.permutive.com/docs/errors?api_key=sk9AAAa0aaAaAAa',
      'https://developer.permutive.com/docs/errors?api_key=[redacted]',
    ],
    [
      'https://developer.permutive.com/docs/errors#access_token=sk9AAAa0aaAaAAa&token_type=bearer',
      'https://developer.permutive.com/docs/errors#access_token=[redacted]&token_type=bearer',
    ],
  ])("DocsLink and the banner's docsHref link to %s without its secret", (href, shown) => {
    const { container } = render(
      <>
        <DocsLink href={href} />
        <ErrorBanner error={{ ...unauthorized, docs: null }} docsHref={href} />
      </>,
    );
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(2);
    for (const link of links) expect(link).toHaveAttribute('href', shown);
    expect(container.innerHTML).not.toContain('sk9AAAa0aaAaAAa');
  });
});
