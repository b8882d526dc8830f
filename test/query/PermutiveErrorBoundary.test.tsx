import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createModel, PermutiveErrorBoundary } from '../../src/index.js';

const failure = createModel('server', { status: 503, requestId: 'req-keys' });

function Failing({ page }: { page: number }): never | string {
  if (page > 0) throw failure;
  return `Page ${page}`;
}

describe('PermutiveErrorBoundary', () => {
  it('resets only when already showing an error, and reports one failure once', async () => {
    // React logs caught errors; they are expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    const onReset = vi.fn();
    function Page() {
      const [page, setPage] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setPage(page + 1)}>
            Next page
          </button>
          <PermutiveErrorBoundary
            resetKeys={[page]}
            onError={onError}
            onReset={onReset}
            fallbackRender={({ model }) => <p>Failed: {model.requestId}</p>}
          >
            <Failing page={page} />
          </PermutiveErrorBoundary>
        </>
      );
    }
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Page />
      </QueryClientProvider>,
    );
    expect(screen.getByText('Page 0')).toBeInTheDocument();
    // The change of key is what makes the child throw: the boundary must not reset for it.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Failed: req-keys')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toBe(failure);
    expect(onReset).not.toHaveBeenCalled();
  });

  it('keeps one model per error while its parent renders again: a dismissed banner stays dismissed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const thrown = Object.assign(new Error('Request failed with status code 503'), {
      status: 503,
    });
    function Broken(): never {
      throw thrown;
    }
    const models: unknown[] = [];
    function Page() {
      const [count, setCount] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setCount(count + 1)}>
            Rendered {count}
          </button>
          <PermutiveErrorBoundary bannerProps={{ onDismiss: () => {} }}>
            <Broken />
          </PermutiveErrorBoundary>
          <PermutiveErrorBoundary
            fallbackRender={({ model }) => {
              models.push(model);
              return <p>Fallback {count}</p>;
            }}
          >
            <Broken />
          </PermutiveErrorBoundary>
        </>
      );
    }
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Page />
      </QueryClientProvider>,
    );
    const user = userEvent.setup();
    expect(
      screen.getByRole('group', { name: 'The service is temporarily unavailable' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('group')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Rendered 0' }));
    expect(await screen.findByText('Fallback 1')).toBeInTheDocument();
    expect(screen.queryByRole('group')).toBeNull();
    expect(models.length).toBeGreaterThan(1);
    expect(new Set(models).size).toBe(1);
  });
});
