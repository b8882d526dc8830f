import { copyFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const external = Object.keys(pkg.peerDependencies);
// Entries that hold React hooks or components are client modules for React Server Components.
const CLIENT_ENTRIES = new Set(['index']);

export default defineConfig({
  plugins: [
    react(),
    {
      name: 'copy-styles',
      // Library builds only: Storybook's build drops `build.lib` and writes elsewhere.
      apply: (config, { command }) => command === 'build' && config.build?.lib !== undefined,
      closeBundle: () => copyFileSync('src/styles.css', 'dist/styles.css'),
    },
  ],
  publicDir: false,
  build: {
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        'locales/fr': 'src/locales/fr.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: {
        banner: (chunk) => (chunk.isEntry && CLIENT_ENTRIES.has(chunk.name) ? "'use client';" : ''),
        chunkFileNames: 'shared/[name]-[hash].js',
      },
    },
  },
});
