import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createModel, RetryButton } from '../../src/index.js';

// A 429 as an HTTP client throws it, so that the wait comes through the decoder.
const askedToWait = (retryAfter: string) =>
  Object.assign(new Error('Request failed'), {
    response: { status: 429, headers: { 'retry-after': retryAfter }, data: '' },
  });

// One second at a time, as the countdown ticks, letting React render between ticks.
async function pass(seconds: number) {
  for (let i = 0; i < seconds; i++) await act(() => vi.advanceTimersByTimeAsync(1000));
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-01-01T00:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Retry-After is a floor, however long', () => {
  it('says an hour as people do, to the second', async () => {
    render(<RetryButton onRetry={() => {}} error={askedToWait('3600')} />);
    const button = screen.getByRole('button', { name: 'Try again in 1 h' });
    await pass(1);
    expect(button).toHaveAccessibleName('Try again in 59 min 59 s');
  });

  it('still refuses clicks after 5 min 1 s of an hour', async () => {
    const onRetry = vi.fn();
    render(<RetryButton onRetry={onRetry} error={askedToWait('3600')} />);
    const button = screen.getByRole('button', { name: /^Try again in / });
    await pass(5 * 60 + 1);
    expect(button).toHaveAccessibleName('Try again in 54 min 59 s');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    button.click();
    expect(onRetry).not.toHaveBeenCalled();
  });

  // Ten minutes, not an hour: twice the old 5-minute cap, in a sixth of the ticks.
  it('autoRetry retries when ten minutes are over, not before', async () => {
    const onRetry = vi.fn();
    render(<RetryButton onRetry={onRetry} error={askedToWait('600')} autoRetry />);
    const button = screen.getByRole('button', { name: 'Try again in 10 min' });
    await pass(5 * 60);
    expect(onRetry).not.toHaveBeenCalled();
    await pass(5 * 60 - 1);
    expect(button).toHaveAccessibleName('Try again in 1 s');
    expect(onRetry).not.toHaveBeenCalled();
    await pass(1);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(button).toHaveAccessibleName('Try again');
    expect(button).not.toHaveAttribute('aria-disabled');
    await pass(60);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('a new failure starts the hour again', async () => {
    const { rerender } = render(<RetryButton onRetry={() => {}} error={askedToWait('3600')} />);
    const button = screen.getByRole('button', { name: /^Try again in / });
    await pass(10 * 60);
    expect(button).toHaveAccessibleName('Try again in 50 min');
    rerender(<RetryButton onRetry={() => {}} error={askedToWait('3600')} />);
    expect(button).toHaveAccessibleName('Try again in 1 h');
    expect(button).toHaveAttribute('aria-disabled', 'true');
  });
});

describe('beyond a day, whole hours', () => {
  it('counts a day and a second as 25 h, then to the second from 24 h down', async () => {
    render(<RetryButton onRetry={() => {}} error={askedToWait('86401')} />);
    const button = screen.getByRole('button', { name: 'Try again in 25 h' });
    await pass(1);
    expect(button).toHaveAccessibleName('Try again in 24 h');
    await pass(1);
    expect(button).toHaveAccessibleName('Try again in 23 h 59 min 59 s');
    expect(button).toHaveAttribute('aria-disabled', 'true');
  });

  it.each([
    // 99,999,999,999 s is 27,777,777.8 hours: shown rounded up.
    ['99999999999', 'Try again in 27777778 h'],
    // From 2025-01-01 00:00:00 UTC, 251,666,611,199 s: 69,907,391.99… hours.
    ['Fri, 31 Dec 9999 23:59:59 GMT', 'Try again in 69907392 h'],
  ])('Retry-After: %s reads "%s", and keeps refusing clicks', async (header, name) => {
    const onRetry = vi.fn();
    render(<RetryButton onRetry={onRetry} error={askedToWait(header)} autoRetry />);
    const button = screen.getByRole('button', { name });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await pass(3);
    expect(button).toHaveAccessibleName(name);
    button.click();
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('a hand-made wait of any size shows a whole number of hours', async () => {
    // A model made by hand may carry what no Retry-After header can (the decoder reads no delay
    // past 9e15 ms, about 285,000 years): it is waited as that longest one.
    const model = createModel('server', { status: 503, retryAfterMs: Number.MAX_VALUE });
    expect(model.retryAfterMs).toBe(Number.MAX_VALUE);
    render(<RetryButton onRetry={() => {}} error={model} />);
    const button = screen.getByRole('button', { name: 'Try again in 2500000000 h' });
    await pass(1);
    expect(button).toHaveAccessibleName('Try again in 2500000000 h');
    expect(button).toHaveAttribute('aria-disabled', 'true');
  });
});

describe('a thrown value that is not an object', () => {
  it.each([
    ['a string', 'Network down'],
    ['a status number', 503],
    ['false', false],
    ['NaN', Number.NaN],
  ])('%s renders Try again, ready, on the server and the client', async (_, error) => {
    const html = renderToString(<RetryButton onRetry={() => {}} error={error} />);
    expect(html).toContain('>Try again</span>');
    expect(html).not.toContain('aria-disabled');
    const onRetry = vi.fn();
    const { rerender } = render(<RetryButton onRetry={onRetry} error={error} />);
    const button = screen.getByRole('button', { name: 'Try again' });
    await pass(2);
    rerender(<RetryButton onRetry={onRetry} error={error} />);
    expect(button).toHaveAccessibleName('Try again');
    button.click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

describe('RetryButton passes props through', () => {
  // No countdown here: a person's clicks, on the real clock.
  beforeEach(() => {
    vi.useRealTimers();
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
});
