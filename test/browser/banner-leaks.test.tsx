import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createModel, ErrorBanner } from '../../src/index.js';
import '../../src/styles.css';

// React's act() runs each render and every effect and clean-up it causes before it returns, so
// the counts below never depend on when the browser gets round to React's own tasks.
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/**
 * Counts timers and listeners started while `counting` is on: a timer is live until it fires or
 * is cleared, a listener until it is removed or its element leaves the page (React attaches
 * some events, such as `toggle`, to the element itself; they go with it).
 */
function watch() {
  const state = {
    counting: false,
    timers: new Set<unknown>(),
    listeners: new Map<string, EventTarget>(),
    liveListeners: () =>
      [...state.listeners.values()].filter(
        (target) => !(target instanceof Node) || target.isConnected,
      ).length,
  };
  const targets = new Map<EventTarget, number>();
  const idOf = (target: EventTarget) => {
    if (!targets.has(target)) targets.set(target, targets.size);
    return targets.get(target);
  };
  const listenerKey = (target: EventTarget, type: string, listener: unknown, options: unknown) => {
    const capture =
      typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean })?.capture);
    const listeners = (listener as { __watchId?: number }) ?? {};
    listeners.__watchId ??= Math.random();
    return `${idOf(target)} ${type} ${capture} ${listeners.__watchId}`;
  };
  const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop } = window;
  vi.spyOn(window, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) => {
    const id: number = set(() => {
      state.timers.delete(id);
      callback();
    }, ms);
    if (state.counting) state.timers.add(id);
    return id;
  }) as typeof window.setTimeout);
  vi.spyOn(window, 'clearTimeout').mockImplementation((id) => {
    state.timers.delete(id);
    clear(id);
  });
  vi.spyOn(window, 'setInterval').mockImplementation(((callback: () => void, ms?: number) => {
    const id = every(callback, ms);
    if (state.counting) state.timers.add(id);
    return id;
  }) as typeof window.setInterval);
  vi.spyOn(window, 'clearInterval').mockImplementation((id) => {
    state.timers.delete(id);
    stop(id);
  });
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  vi.spyOn(EventTarget.prototype, 'addEventListener').mockImplementation(function (
    this: EventTarget,
    type,
    listener,
    options,
  ) {
    if (state.counting && listener) {
      state.listeners.set(listenerKey(this, type, listener, options), this);
    }
    add.call(this, type, listener, options);
  });
  vi.spyOn(EventTarget.prototype, 'removeEventListener').mockImplementation(function (
    this: EventTarget,
    type,
    listener,
    options,
  ) {
    if (listener) state.listeners.delete(listenerKey(this, type, listener, options));
    remove.call(this, type, listener, options);
  });
  return state;
}

const noop = () => {};
// Banners in every variant, with a countdown, auto retry, dismiss, docs link, cause and copy.
const banner = (i: number) => {
  const error = createModel(i % 2 ? 'server' : 'rate-limited', {
    status: i % 2 ? 503 : 429,
    code: 5000,
    message: `Failure ${i}`,
    cause: 'The upstream segment service rejected the request.',
    docs: 'https://developer.permutive.com/docs/errors/503/5000',
    requestId: `req-${i}`,
    retryAfterMs: (i % 30) * 1000,
  });
  const variant = (['page', 'inline', 'compact'] as const)[i % 3];
  return (
    <ErrorBanner
      key={i}
      error={error}
      variant={variant}
      onRetry={noop}
      autoRetry={i % 4 === 0}
      onDismiss={noop}
    />
  );
};

describe('mounting and unmounting 10,000 banners', () => {
  // A count, not a timing: the generous timeout only lets a busy machine finish 10,000 banners.
  it('leaves no timers and no listeners behind', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    // A render that throws leaves an empty root (React 19 reports it and unmounts): say so,
    // rather than count no banners.
    const errors: unknown[] = [];
    const root = createRoot(container, {
      onUncaughtError: (error) => errors.push(error),
      onRecoverableError: (error) => errors.push(error),
    });
    const state = watch();
    let mounted = 0;
    let started = 0;
    for (let batch = 0; batch < 100; batch += 1) {
      state.counting = true;
      const before = state.timers.size;
      act(() => root.render(Array.from({ length: 100 }, (_, i) => banner(batch * 100 + i))));
      mounted += container.querySelectorAll('[role="group"][aria-labelledby]').length;
      started += state.timers.size - before;
      act(() => root.render(null));
      state.counting = false;
    }
    act(() => root.unmount());
    expect(errors).toEqual([]);
    expect(mounted).toBe(10_000);
    // The countdowns really started timers, so that their absence below means something.
    expect(started).toBeGreaterThan(9000);
    expect(state.timers.size).toBe(0);
    expect(state.liveListeners()).toBe(0);
  }, 300_000);
});
