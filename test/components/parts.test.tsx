import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ComponentType, createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  CopySupportDetails,
  DocsLink,
  ErrorBanner,
  ErrorDetails,
  RequestId,
  RetryButton,
} from '../../src/index.js';
import { unauthorized } from '../support/models.js';

describe('each part passes props through', () => {
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

  it('RequestId renders nothing without an id', () => {
    const { container } = render(<RequestId value={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('RetryButton composes onClick and respects preventDefault', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const onClick = vi.fn();
    const { rerender } = render(
      <RetryButton onRetry={onRetry} onClick={onClick} className="mine" data-x="1" />,
    );
    const button = screen.getByRole('button', { name: 'Try again' });
    expect(button).toHaveClass('pe-button', 'mine');
    expect(button).toHaveAttribute('data-x', '1');
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledTimes(1);
    rerender(<RetryButton onRetry={onRetry} onClick={(event) => event.preventDefault()} />);
    await user.click(screen.getByRole('button'));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

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

  it('ErrorDetails redacts a secret before clamping, so no start of it shows', () => {
    // The clamp at 300 characters falls twelve letters into the token.
    const cause = `${'x'.repeat(280)} Bearer abcdefghijklmnopqrstuvwxyz0123456789`;
    const { container } = render(<ErrorDetails cause={cause} open />);
    const shown = container.querySelector('p')?.textContent ?? '';
    expect(shown).toContain('Bearer [redacted]');
    expect(shown).not.toContain('abcdef');
  });

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

  it('ErrorDetails passes props to <details> and renders nothing for an empty cause', () => {
    const { rerender, container } = render(<ErrorDetails cause="Because." open data-testid="d" />);
    expect(screen.getByTestId('d')).toHaveAttribute('open');
    expect(screen.getByText('Because.')).toBeVisible();
    rerender(<ErrorDetails cause="   " />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('every component', () => {
  it.each([
    ['ErrorBanner', ErrorBanner, { error: unauthorized }, 'DIV'],
    ['RequestId', RequestId, { value: 'r-1' }, 'SPAN'],
    ['RetryButton', RetryButton, { onRetry: () => {} }, 'BUTTON'],
    ['CopySupportDetails', CopySupportDetails, { error: unauthorized }, 'BUTTON'],
    ['DocsLink', DocsLink, { href: unauthorized.docs }, 'A'],
    ['ErrorDetails', ErrorDetails, { cause: 'Because.' }, 'DETAILS'],
  ] as const)('%s forwards its ref and has a display name', (name, Component, props, tag) => {
    const ref = createRef<HTMLElement>();
    const Any = Component as unknown as ComponentType<Record<string, unknown>>;
    render(<Any {...props} ref={ref} />);
    expect(ref.current?.tagName).toBe(tag);
    expect((Component as { displayName?: string }).displayName).toBe(name);
  });
});
