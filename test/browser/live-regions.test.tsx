import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createModel, ErrorBanner } from '../../src/index.js';
import '../../src/styles.css';
import { type Announcement, watchLiveRegions } from '../support/live-regions.js';

// The page's clock is fake: the region's 50 ms fill, countdowns and the live region's
// one-second same-words window (on Date.now()) move only when a test moves them.
beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
});
afterEach(() => {
  vi.useRealTimers();
});
/**
 * Moves the clock `ms` on, running what falls due (the region's fill among it), 100 ms a step so
 * that React renders between steps and a countdown's next second gets its timer.
 */
async function wait(ms: number) {
  for (let left = ms; left > 0; left -= 100) {
    await act(() => vi.advanceTimersByTimeAsync(Math.min(100, left)));
  }
}
// Past the window, so that a repeat the banner wrongly asks for is heard, not swallowed by it.
const pastTheWindow = () => wait(1100);
const count = (said: Announcement[], label: string) => {
  // The figures go in the redesign's closing note (before and after).
  console.info(`live regions, ${label}: ${said.length}`, JSON.stringify(said));
  return said;
};

describe('what screen readers hear', () => {
  it('a 503 with a countdown, copied and retried: its title and message once, nothing else', async () => {
    const onRetry = () => {};
    const watch = watchLiveRegions();
    const error = createModel('server', {
      status: 503,
      requestId: 'req-live-1',
      retryAfterMs: 2000,
    });
    render(<ErrorBanner error={error} onRetry={onRetry} onDismiss={() => {}} />);
    expect(screen.getByRole('button', { name: 'Try again in 2 s' })).toBeVisible();
    await wait(2000);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Copy request ID' }));
    await wait(300);
    const said = count(watch.take(), 'one 503 with countdown and copy');
    expect(said).toEqual([
      {
        text: "The service is temporarily unavailable. It's down for maintenance or too busy to take on more work.",
        politeness: 'assertive',
      },
    ]);
  });

  it('four banners of the same failure at once: one announcement', async () => {
    const watch = watchLiveRegions();
    render(
      [1, 2, 3, 4].map((n) => (
        <ErrorBanner key={n} error={new TypeError('Failed to fetch')} variant="compact" />
      )),
    );
    await wait(300);
    const said = count(watch.take(), 'four identical network failures');
    expect(said).toEqual([
      {
        text: "Can't reach the service. Your device may be offline, or a firewall or VPN may be blocking it.",
        politeness: 'assertive',
      },
    ]);
  });

  it('a warning (over data still shown, or a rate limit) is announced politely', async () => {
    const watch = watchLiveRegions();
    render(<ErrorBanner error={createModel('rate-limited', { status: 429 })} />);
    await wait(300);
    render(<ErrorBanner error={createModel('timeout')} hasData />);
    await wait(300);
    expect(watch.take()).toEqual([
      {
        text: 'Too many requests. The service limits how often it can be asked, and this app went over.',
        politeness: 'polite',
      },
      {
        text: 'This took too long. No answer came back in time; a slow connection or a busy service can cause this.',
        politeness: 'polite',
      },
    ]);
  });

  it('failures while retries continue are progress, not news; a different one after them is', async () => {
    const watch = watchLiveRegions();
    const attempt = (n: number) => createModel('server', { status: 502, requestId: `r-${n}` });
    const first = attempt(1);
    const { rerender } = render(
      <ErrorBanner error={first} onRetry={() => {}} retrying={{ attempt: 2, of: 4 }} />,
    );
    await wait(200);
    for (const n of [2, 3]) {
      rerender(
        <ErrorBanner error={attempt(n)} onRetry={() => {}} retrying={{ attempt: n + 1, of: 4 }} />,
      );
      await wait(200);
    }
    // The last attempt fails the same way: the failure is still there, nothing new to say.
    await pastTheWindow();
    rerender(<ErrorBanner error={attempt(4)} onRetry={() => {}} retrying={false} />);
    await wait(300);
    const said = count(watch.take(), 'a first-load failure retried three times');
    expect(said).toEqual([
      {
        text: "The service didn't answer properly. A server in between got a broken or empty reply, often while the service restarts.",
        politeness: 'polite',
      },
    ]);
    const again = watchLiveRegions();
    rerender(<ErrorBanner error={new TypeError('Failed to fetch')} onRetry={() => {}} />);
    await wait(300);
    expect(again.take()).toEqual([
      {
        text: "Can't reach the service. Your device may be offline, or a firewall or VPN may be blocking it.",
        politeness: 'assertive',
      },
    ]);
  });

  it('a retry the person asked for that fails again is announced once more', async () => {
    const watch = watchLiveRegions();
    const one = createModel('server', { status: 500, requestId: 'x-1' });
    const { rerender } = render(<ErrorBanner error={one} onRetry={() => {}} />);
    await wait(300);
    await pastTheWindow();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    rerender(<ErrorBanner error={one} onRetry={() => {}} retrying />);
    await wait(100);
    rerender(
      <ErrorBanner
        error={createModel('server', { status: 500, requestId: 'x-2' })}
        onRetry={() => {}}
        retrying={{ attempt: 2 }}
      />,
    );
    await wait(300);
    expect(watch.take()).toHaveLength(2);
  });

  // Issue 18: Try again counts when it retries, which a click on a waiting button does not.
  it('a click during the countdown is not a retry; the retry the countdown makes by itself is', async () => {
    const watch = watchLiveRegions();
    const first = createModel('rate-limited', { status: 429, retryAfterMs: 3000 });
    const retried: string[] = [];
    const { rerender } = render(
      <ErrorBanner error={first} onRetry={() => retried.push('retry')} autoRetry />,
    );
    // Forced: Playwright would otherwise wait for the button to be enabled (aria-disabled).
    await userEvent.click(screen.getByRole('button', { name: 'Try again in 3 s' }), {
      force: true,
    });
    expect(retried).toEqual([]);
    await wait(2900);
    expect(retried).toEqual([]);
    await wait(100);
    expect(retried).toEqual(['retry']);
    rerender(
      <ErrorBanner
        error={createModel('rate-limited', { status: 429, retryAfterMs: 1000 })}
        onRetry={() => {}}
        autoRetry
      />,
    );
    await wait(300);
    const said = watch.take();
    expect(said).toHaveLength(2);
    expect(said[1]).toEqual(said[0]);
    expect(said[1]?.politeness).toBe('polite');
  });
});

describe('when the clock moves', () => {
  it('a clock set back (a time sync) does not silence the same failure later on', async () => {
    const watch = watchLiveRegions();
    const failure = () => <ErrorBanner error={createModel('not-found', { status: 404 })} />;
    const first = render(failure());
    await wait(300);
    first.unmount();
    vi.setSystemTime(Date.now() - 60 * 60 * 1000);
    await wait(2000);
    render(failure());
    await wait(300);
    const said = watch.take();
    expect(said).toHaveLength(2);
    expect(said[1]).toEqual(said[0]);
  });
});

describe('in strict mode', () => {
  it('a banner mounted twice over, as strict mode does, is still announced once', async () => {
    const watch = watchLiveRegions();
    render(
      <StrictMode>
        <ErrorBanner error={createModel('not-found', { status: 404 })} />
      </StrictMode>,
    );
    await wait(300);
    expect(watch.take()).toEqual([
      {
        text: "This item can't be found. It may have been deleted, or the link may be out of date.",
        politeness: 'assertive',
      },
    ]);
  });
});
