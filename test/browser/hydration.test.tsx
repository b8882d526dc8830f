import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as kit from '../../src/index.js';
import {
  CopySupportDetails,
  createModel,
  DocsLink,
  ErrorBanner,
  ErrorDetails,
  ErrorMessagesProvider,
  OfflineNotice,
  PermutiveErrorBoundary,
  RequestId,
  RetryButton,
} from '../../src/index.js';
import { fr } from '../../src/messages/fr.js';
import '../../src/styles.css';
import { unauthorized, unavailable } from '../support/models.js';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const noop = () => {};
const long = 'The upstream segment service rejected the request. '.repeat(20);

// Each exported component in the states that render differently, as a server would send them.
const FIXTURES: Record<string, ReactElement[]> = {
  ErrorBanner: [
    <ErrorBanner key="page" error={unauthorized} onDismiss={noop} />,
    <ErrorBanner key="inline" error={unavailable(30_000)} variant="inline" onRetry={noop} />,
    <ErrorBanner key="compact" error={unavailable()} variant="compact" onRetry={noop} autoRetry />,
    <ErrorBanner key="thrown" error={new TypeError('Failed to fetch')} onRetry={noop} />,
  ],
  ErrorDetails: [<ErrorDetails key="long" cause={long} />],
  OfflineNotice: [<OfflineNotice key="page" />, <OfflineNotice key="compact" variant="compact" />],
  DocsLink: [<DocsLink key="docs" href="https://developer.permutive.com/docs/errors/401/2000" />],
  RequestId: [<RequestId key="id" value="e2cef6f6-296d-4044-b362-73fb2bce4a72" />],
  RetryButton: [
    <RetryButton key="now" onRetry={noop} />,
    <RetryButton
      key="wait"
      onRetry={noop}
      error={createModel('rate-limited', { status: 429, retryAfterMs: 5000 })}
    />,
  ],
  CopySupportDetails: [<CopySupportDetails key="support" error={unauthorized} />],
  ErrorMessagesProvider: [
    <ErrorMessagesProvider key="fr" messages={fr}>
      <ErrorBanner error={unauthorized} onDismiss={noop} />
    </ErrorMessagesProvider>,
  ],
  PermutiveErrorBoundary: [
    <QueryClientProvider key="boundary" client={new QueryClient()}>
      <PermutiveErrorBoundary>
        <p>Cohorts</p>
      </PermutiveErrorBoundary>
    </QueryClientProvider>,
  ],
};

/** Server-renders `element`, hydrates it in this page, and returns what React complained of. */
async function hydrate(element: ReactElement) {
  const html = renderToString(element);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const complaints: unknown[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args) => complaints.push(args));
  let root: Root | undefined;
  // act: hydration, its effects and any recoverable error are done when it returns.
  await act(async () => {
    root = hydrateRoot(container, element, {
      onRecoverableError: (error) => complaints.push(error),
    });
  });
  act(() => root?.unmount());
  return { html, complaints };
}

describe('server rendering then hydration in Chromium', () => {
  it('has a fixture for every exported component', () => {
    const components = Object.keys(kit).filter(
      (name) =>
        /^[A-Z][a-z]/.test(name) &&
        name !== 'PermutiveError' &&
        // A function component, or a forwardRef one (an object React recognises).
        ['function', 'object'].includes(typeof (kit as Record<string, unknown>)[name]),
    );
    expect(components.sort()).toEqual(Object.keys(FIXTURES).sort());
  });

  it.each(
    Object.entries(FIXTURES).flatMap(([name, elements]) =>
      elements.map((element) => [`${name} (${String(element.key)})`, element] as const),
    ),
  )('%s hydrates without a mismatch', async (_name, element) => {
    const { html, complaints } = await hydrate(element);
    expect(html.length).toBeGreaterThan(0);
    expect(complaints).toEqual([]);
  });
});
