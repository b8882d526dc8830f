import { type Clock, withGlobal } from '@sinonjs/fake-timers';

// Taken before any fake clock is installed: a real pause lets network answers arrive.
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
const realPause = () => new Promise((resolve) => realSetTimeout(resolve, 5));

/**
 * A fake clock for a story that waits (retries, `Retry-After`, countdowns). It moves with real
 * time, so a person watching the story sees nothing odd, and the story's test jumps it ahead.
 * Install it in `beforeEach` and return its `uninstall`.
 */
export const installClock = (): Clock =>
  withGlobal(globalThis).install({
    shouldAdvanceTime: true,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });

/**
 * Moves the fake clock ahead in steps until `reached` is true, letting real network answers in
 * between; throws, naming `what`, if it is still false after `withinMs` of fake time.
 */
export async function advanceUntil(
  clock: Clock,
  what: string,
  reached: () => boolean,
  { withinMs = 60_000, stepMs = 100 } = {},
): Promise<void> {
  for (let elapsed = 0; !reached(); elapsed += stepMs) {
    if (elapsed >= withinMs) throw new Error(`Not reached within ${withinMs} ms: ${what}`);
    await clock.tickAsync(stepMs);
    await realPause();
  }
}
