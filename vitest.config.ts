import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: { name: 'core', environment: 'node', include: ['test/core/**/*.test.ts'] },
      },
    ],
  },
});
