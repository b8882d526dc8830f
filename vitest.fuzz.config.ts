import { defineConfig } from 'vitest/config';

// The long property run (`npm run test:fuzz`): its own config, so `vitest run` stays quick.
export default defineConfig({
  test: {
    name: 'fuzz',
    environment: 'node',
    include: ['test/fuzz/**/*.fuzz.tsx'],
    testTimeout: 20 * 60_000,
  },
});
