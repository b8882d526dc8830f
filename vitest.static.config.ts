import { defineConfig } from 'vitest/config';

// Checks the built static Storybook (`npm run build-storybook` first) from a plain file server.
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['test/static/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
