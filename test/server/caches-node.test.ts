import { afterEach, describe, expect, it, vi } from 'vitest';
import { createModel, PermutiveError, permutiveErrorCaches } from '../../src/index.js';

afterEach(() => {
  vi.useRealTimers();
});

// A QueryClient on a server (a prefetch during server rendering) has no live region to fill.
describe('permutiveErrorCaches without a document', () => {
  it('leaves no timer behind for a notice it cannot announce', () => {
    vi.useFakeTimers();
    const onError = vi.fn((_model, _source, _copy, notice: { id: string }) => notice.id);
    const { queryCache } = permutiveErrorCaches({ onError });
    const query = { state: { data: 'shown' } } as unknown as Parameters<
      NonNullable<typeof queryCache.config.onError>
    >[1];
    queryCache.config.onError?.(new PermutiveError(createModel('server', { status: 503 })), query);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
