import { defineConfig } from 'vitest/config';

// Checks the built static Storybook (`npm run build-storybook` first) from a plain file server.
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['test/static/**/*.test.ts'],
    // The docs walk in storybook-static.test.ts takes 18 s alone on 2 cores; beside the run of
    // every story (test/static/built-stories.test.ts, which keeps both cores busy) it passed 30 s.
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
