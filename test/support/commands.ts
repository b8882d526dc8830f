import type { BrowserCommand } from 'vitest/node';

/**
 * Takes the page's browser context offline for `ms`, as DevTools' "Offline" does, then back
 * online. One command for both: while offline, the test runner's own messages to the page wait
 * too, so the page must not await anything from the runner until the window ends.
 */
export const offlineFor: BrowserCommand<[ms: number]> = async ({ context }, ms) => {
  await context.setOffline(true);
  await new Promise((done) => setTimeout(done, ms));
  await context.setOffline(false);
};
