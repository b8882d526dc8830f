import '@testing-library/jest-dom/vitest';
import { act, render, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CopyButton } from '../../src/components/CopyButton.js';
import {
  CopySupportDetails,
  DocsLink,
  ErrorBanner,
  ErrorDetails,
  RequestId,
  RetryButton,
} from '../../src/index.js';

// Issue 17's class: every value prop (`error`, `value`, `href`, `cause`, `text`) given any value
// renders something sensible or nothing, on the server and the client, without throwing, looping
// or a warning from React.

const boom = () => {
  throw new Error('boom');
};
const throwingGetters = Object.defineProperties(
  {},
  Object.fromEntries(
    ['name', 'message', 'status', 'response', 'cause', 'model', 'code', 'headers'].map((key) => [
      key,
      { get: boom, enumerable: true },
    ]),
  ),
);
const everyTrapThrows = new Proxy(
  {},
  new Proxy(
    {},
    {
      get: () => boom,
    },
  ),
);
const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();

const SOMETHING = 'Something went wrong';
const OFFLINE = "Can't reach the service";
const DOCS = 'https://developer.permutive.com/docs/errors/401/2000';
const NOW = '2025-01-01T00:00:00.000Z';
// The copied block's last lines: the fake clock three seconds on, and jsdom's page.
const TIME = 'Time: 2025-01-01T00:00:03.000Z';
const PAGE = 'Page: /';
const UNKNOWN = ['Status: unknown', TIME, PAGE];

interface Row {
  label: string;
  value: unknown;
  /** The banner's title; none for no banner. */
  title?: string;
  /** The text ErrorDetails shows; none for nothing. */
  cause?: string;
  /** The id RequestId shows (shortened in the middle past 20 characters); none for nothing. */
  id?: string;
  /** The link DocsLink renders; none for nothing. */
  link?: string;
  /** The copied support block, line by line. @defaultValue UNKNOWN */
  copied?: string[];
}

const ROWS: Row[] = [
  { label: 'null', value: null },
  { label: 'undefined', value: undefined },
  {
    label: 'a sentence',
    value: 'Network down',
    title: SOMETHING,
    cause: 'Network down',
    id: 'Network down',
  },
  { label: 'an empty string', value: '' },
  { label: 'spaces', value: '   ', title: SOMETHING },
  {
    label: 'a line break',
    value: 'Bad value\nRequest ID: fake-123',
    title: SOMETHING,
    cause: 'Bad value\nRequest ID: fake-123',
    id: 'Bad value\n… fake-123',
  },
  {
    label: 'markup',
    value: '<img src=x onerror=alert(1)>',
    title: SOMETHING,
    cause: '<img src=x onerror=alert(1)>',
    id: '<img src=x…alert(1)>',
  },
  {
    label: 'a docs link',
    value: DOCS,
    title: SOMETHING,
    cause: DOCS,
    id: 'https://de…/401/2000',
    link: DOCS,
  },
  {
    label: 'a script link',
    value: 'javascript:alert(1)',
    title: SOMETHING,
    cause: 'javascript:alert(1)',
    id: 'javascript:alert(1)',
  },
  { label: '503', value: 503, title: SOMETHING },
  { label: '-1', value: -1, title: SOMETHING },
  { label: '0', value: 0 },
  { label: '-0', value: -0 },
  { label: 'NaN', value: Number.NaN },
  { label: 'Infinity', value: Number.POSITIVE_INFINITY, title: SOMETHING },
  { label: 'true', value: true, title: SOMETHING },
  { label: 'false', value: false },
  { label: 'a symbol', value: Symbol('s'), title: SOMETHING },
  { label: 'a well-known symbol', value: Symbol.iterator, title: SOMETHING },
  { label: 'a bigint', value: BigInt(10), title: SOMETHING },
  { label: '0n', value: BigInt(0) },
  { label: 'a function', value: () => 'Network down', title: SOMETHING },
  { label: 'a class', value: class Failure {}, title: SOMETHING },
  {
    label: 'a function with a status',
    value: Object.assign(() => {}, { status: 503 }),
    title: SOMETHING,
  },
  { label: 'an empty array', value: [], title: SOMETHING },
  { label: 'an array of text', value: ['Network down'], title: SOMETHING },
  { label: 'getters that throw', value: throwingGetters, title: SOMETHING },
  { label: 'a Proxy whose every trap throws', value: everyTrapThrows, title: SOMETHING },
  { label: 'a revoked Proxy', value: revoked, title: SOMETHING },
  { label: 'a Proxy over an Error', value: new Proxy(new Error('x'), {}), title: SOMETHING },
  { label: 'a frozen Error', value: Object.freeze(new Error('frozen')), title: SOMETHING },
  {
    label: 'a frozen fetch failure',
    value: Object.freeze({ name: 'TypeError', message: 'Failed to fetch' }),
    title: OFFLINE,
    copied: ['Status: network', TIME, PAGE],
  },
  {
    label: 'an Error from another realm',
    value: { name: 'Error', message: 'x' },
    title: SOMETHING,
    copied: ['Status: unknown', 'Message: x', TIME, PAGE],
  },
  {
    label: 'a fetch failure from another realm',
    value: { name: 'TypeError', message: 'Failed to fetch' },
    title: OFFLINE,
    copied: ['Status: network', TIME, PAGE],
  },
  {
    label: 'an abort from another realm',
    value: { name: 'AbortError', message: 'x' },
    copied: ['Status: aborted', TIME, PAGE],
  },
  { label: 'a null-prototype object', value: Object.create(null), title: SOMETHING },
  { label: 'a Date', value: new Date(0), title: SOMETHING },
  { label: 'a Map', value: new Map([['message', 'x']]), title: SOMETHING },
];

// The server's HTML, in the page beside the client's render, which has run for three seconds:
// a countdown that restarts or an effect that loops shows by then.
function rendered(element: ReactElement): HTMLElement[] {
  const server = document.createElement('div');
  server.innerHTML = renderToString(element);
  document.body.append(server);
  const { container } = render(element);
  act(() => {
    vi.advanceTimersByTime(3000);
  });
  return [server, container];
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(NOW) });
  vi.spyOn(console, 'error');
  vi.spyOn(console, 'warn');
});
afterEach(() => {
  // Nothing went wrong on the way: React logs render errors and bad children here.
  expect(console.error).not.toHaveBeenCalled();
  expect(console.warn).not.toHaveBeenCalled();
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.replaceChildren();
});

// jsdom has no clipboard: the copy falls back to the box that shows the text to copy by hand.
async function copiedBy(button: HTMLElement) {
  await act(async () => {
    button.click();
  });
  const box = within(document.body).getByRole('textbox', {
    name: "Couldn't copy. Select the text and copy it.",
  });
  return (box as HTMLTextAreaElement).value.split('\n');
}

describe.each(ROWS)('given $label', ({ value, title, cause, id, link, copied = UNKNOWN }) => {
  it('ErrorBanner: a banner with the title, or nothing', () => {
    for (const root of rendered(<ErrorBanner error={value} onRetry={() => {}} />)) {
      if (title === undefined) expect(root).toBeEmptyDOMElement();
      else expect(within(root).getByRole('group')).toHaveAccessibleName(title);
      expect(root.querySelector('img, script')).toBeNull();
    }
  });

  it('RetryButton: Try again, ready', () => {
    const onRetry = vi.fn();
    const roots = rendered(<RetryButton error={value} onRetry={onRetry} />);
    for (const root of roots) {
      const button = within(root).getByRole('button');
      expect(button).toHaveAccessibleName('Try again');
      expect(button).not.toHaveAttribute('aria-disabled');
    }
    within(roots[1] as HTMLElement)
      .getByRole('button')
      .click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('CopySupportDetails: its button, copying a block of known lines', async () => {
    const roots = rendered(<CopySupportDetails error={value} />);
    for (const root of roots)
      expect(within(root).getByRole('button')).toHaveAccessibleName('Copy support details');
    expect(await copiedBy(within(roots[1] as HTMLElement).getByRole('button'))).toEqual(copied);
  });

  it('DocsLink: a link only to safe docs', () => {
    for (const root of rendered(<DocsLink href={value as string} />)) {
      if (link === undefined) expect(root).toBeEmptyDOMElement();
      else expect(within(root).getByRole('link')).toHaveAttribute('href', link);
    }
  });

  it('ErrorDetails: the cause as text, or nothing', () => {
    for (const root of rendered(<ErrorDetails cause={value as string} open />)) {
      if (cause === undefined) expect(root).toBeEmptyDOMElement();
      else expect(root.querySelector('details p')?.textContent).toBe(cause);
      expect(root.querySelector('img, script')).toBeNull();
    }
  });

  it('RequestId: the id and its copy button, or nothing', () => {
    for (const root of rendered(<RequestId value={value as string} />)) {
      if (id === undefined) expect(root).toBeEmptyDOMElement();
      else {
        expect(root.querySelector('code')?.textContent).toBe(id);
        expect(within(root).getByRole('button')).toHaveAccessibleName('Copy request ID');
      }
    }
  });

  // Internal (not in src/index.ts), and the kit gives it only text or a function that makes it.
  it('CopyButton: its button', () => {
    for (const root of rendered(<CopyButton text={value as string} label="Copy" />))
      expect(within(root).getByRole('button')).toHaveAccessibleName('Copy');
  });
});
