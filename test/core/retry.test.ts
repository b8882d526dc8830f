import { describe, expect, it } from 'vitest';
import {
  createModel,
  type PermutiveErrorKind,
  retryDelay,
  shouldRetry,
} from '../../src/core/index.js';

describe('shouldRetry', () => {
  it.each<[PermutiveErrorKind, boolean]>([
    ['network', true],
    ['timeout', true],
    ['rate-limited', true],
    ['server', true],
    ['bad-request', false],
    ['unauthorized', false],
    ['forbidden', false],
    ['not-found', false],
    ['aborted', false],
    ['invalid-response', false],
    ['unknown', false],
  ])('%s: %s', (kind, expected) => {
    expect(shouldRetry(0, createModel(kind))).toBe(expected);
  });

  it('stops at once when the server asks for a longer wait than the policy sits through', () => {
    const hour = createModel('rate-limited', { status: 429, retryAfterMs: 3_600_000 });
    expect(shouldRetry(0, hour)).toBe(false);
    expect(shouldRetry(0, hour, { maxDelayMs: 3_600_000 })).toBe(true);
    expect(shouldRetry(0, createModel('rate-limited', { retryAfterMs: 30_000 }))).toBe(true);
    expect(shouldRetry(0, createModel('rate-limited', { retryAfterMs: 30_001 }))).toBe(false);
    expect(
      shouldRetry(0, createModel('server', { retryAfterMs: 60_000 }), { maxDelayMs: 10_000 }),
    ).toBe(false);
  });

  it('stops at the limit', () => {
    const error = new TypeError('Failed to fetch');
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, error))).toEqual([true, true, true, false]);
    expect([0, 1].map((n) => shouldRetry(n, error, { maxRetries: 1 }))).toEqual([true, false]);
  });
});

describe('retryDelay', () => {
  it('waits exactly what Retry-After asks, never less', () => {
    expect(retryDelay(0, createModel('rate-limited', { retryAfterMs: 7000 }))).toBe(7000);
    expect(retryDelay(0, createModel('server', { retryAfterMs: 0 }))).toBe(0);
    // Beyond maxDelayMs shouldRetry says no; a caller that retries anyway still waits the hour.
    expect(
      retryDelay(0, createModel('server', { retryAfterMs: 3_600_000 }), { maxDelayMs: 20_000 }),
    ).toBe(3_600_000);
  });

  it('backs off exponentially between half and all of base · 2^n', () => {
    const error = createModel('server');
    expect([0, 1, 2, 3].map((n) => retryDelay(n, error, { random: () => 0 }))).toEqual([
      500, 1000, 2000, 4000,
    ]);
    expect([0, 1, 2, 3].map((n) => retryDelay(n, error, { random: () => 0.999999 }))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
    expect(retryDelay(10, error, { random: () => 0.999999 })).toBe(30_000);
    expect(retryDelay(1, error, { baseDelayMs: 100, random: () => 0.5 })).toBe(150);
  });

  it('jitters by default', () => {
    const delays = new Set(Array.from({ length: 20 }, () => retryDelay(3, createModel('network'))));
    expect(delays.size).toBeGreaterThan(1);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(4000);
  });
});
