import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createModel, type PermutiveErrorModel, permutiveQueryDefaults } from '../../src/index.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Observes a query that always fails with `error`, recording when each attempt started. */
function failing(error: PermutiveErrorModel, options = {}) {
  const client = new QueryClient({
    defaultOptions: permutiveQueryDefaults({ random: () => 0, ...options }),
  });
  const starts: number[] = [];
  const observer = new QueryObserver(client, {
    queryKey: ['x'],
    queryFn: () => {
      starts.push(Date.now());
      throw error;
    },
  });
  const unsubscribe = observer.subscribe(() => {});
  const gaps = () => starts.slice(1).map((at, i) => at - (starts[i] as number));
  return { starts, gaps, observer, unsubscribe };
}

describe('retry timing with a real QueryClient and fake timers', () => {
  it('retries a 5xx three times, backing off 500, 1000, 2000 ms (jitter at its floor)', async () => {
    const { starts, gaps, observer, unsubscribe } = failing(createModel('server', { status: 503 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(starts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(499);
    expect(starts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(starts).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(starts).toHaveLength(4);
    expect(gaps()).toEqual([500, 1000, 2000]);
    expect(observer.getCurrentResult()).toMatchObject({ status: 'error', failureCount: 4 });
    unsubscribe();
  });

  it("waits exactly the server's Retry-After", async () => {
    const limited = failing(createModel('rate-limited', { status: 429, retryAfterMs: 1500 }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(limited.gaps()).toEqual([1500, 1500, 1500]);
    limited.unsubscribe();
  });

  it('never retries sooner than asked: a wait past maxDelayMs ends the query at once', async () => {
    const hour = failing(createModel('rate-limited', { status: 429, retryAfterMs: 3_600_000 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(hour.starts).toHaveLength(1);
    expect(hour.observer.getCurrentResult()).toMatchObject({ status: 'error', failureCount: 1 });
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(hour.starts).toHaveLength(1);
    hour.unsubscribe();
    const minutes = failing(createModel('server', { status: 503, retryAfterMs: 120_000 }), {
      maxDelayMs: 5000,
    });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(minutes.starts).toHaveLength(1);
    minutes.unsubscribe();
  });

  it.each<[string, PermutiveErrorModel]>([
    ['400', createModel('bad-request', { status: 400 })],
    ['401', createModel('unauthorized', { status: 401 })],
    ['403', createModel('forbidden', { status: 403 })],
    ['404', createModel('not-found', { status: 404 })],
    ['an abort', createModel('aborted')],
  ])('never retries %s', async (_name, error) => {
    const { starts, unsubscribe } = failing(error);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(starts).toHaveLength(1);
    unsubscribe();
  });

  it('retries network failures and timeouts', async () => {
    for (const error of [createModel('network'), createModel('timeout')]) {
      const { starts, unsubscribe } = failing(error, { maxRetries: 1 });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(starts).toHaveLength(2);
      unsubscribe();
    }
  });
});
