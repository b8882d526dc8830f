import { type Clock, withGlobal } from '@sinonjs/fake-timers';

// Taken before any fake clock is installed: a real pause lets network answers arrive.
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
const realPause = () => new Promise((resolve) => realSetTimeout(resolve, 5));

/**
 * A fake clock for a story that waits (retries, `Retry-After`, countdowns). It moves with real
 * time, so a person watching the story sees nothing odd, and the story's test jumps it ahead.
 * Installed on a story's own canvas only (a docs page shows several stories, and plays none).
 */
export function installFakeClock({ viewMode }: { viewMode: string }): (() => void) | undefined {
  if (viewMode !== 'story') return undefined;
  clock = withGlobal(globalThis).install({
    shouldAdvanceTime: true,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  return () => clock.uninstall();
}

/** The story's fake clock, once `installFakeClock` has installed it. */
export let clock: Clock;

/**
 * Moves the fake clock ahead in steps until `reached` is true, letting real network answers in
 * between; throws, naming `what`, if it is still false after `withinMs` of fake time.
 */
export async function advanceUntil(
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
