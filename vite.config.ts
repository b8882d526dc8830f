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
        'locales/de': 'src/messages/de.ts',
        'locales/es': 'src/messages/es.ts',
        'locales/fr': 'src/messages/fr.ts',
        server: 'src/server/index.ts',
        testing: 'src/testing/index.ts',
        'testing/fixtures': 'src/testing/fixtures.ts',
      },
    },
    rollupOptions: {
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      // ESM (.js) and CommonJS (.cjs) from one source; `require()` must work on Node 20 without
      // require(esm). Each format names its own shared chunks.
      output: (['es', 'cjs'] as const).map((format) => {
        const ext = format === 'es' ? 'js' : 'cjs';
        return {
          format,
          // ES modules one file per source module, so that a bundler drops every module an app
          // does not import (package.json marks them free of side effects): React's
          // forwardRef() and displayName at a module's top level can't be dropped any other way.
          ...(format === 'es' ? { preserveModules: true, preserveModulesRoot: 'src' } : {}),
          entryFileNames: `[name].${ext}`,
          chunkFileNames: `shared/[name]-[hash].${ext}`,
          banner: (chunk: { isEntry: boolean; name: string }) =>
            chunk.isEntry && CLIENT_ENTRIES.has(chunk.name) ? "'use client';" : '',
        };
      }),
    },
  },
});
