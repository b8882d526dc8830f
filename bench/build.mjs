// Builds what the bench runs: the library (dist/, for sizes and import cost), the Node bench
// and the Chromium pages (production React, minified unless `minify` is false).
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const OUT = resolve(import.meta.dirname, '.out');
const base = { configFile: false, logLevel: 'warn', mode: 'production', plugins: [react()] };

export async function buildLibrary() {
  await build({ logLevel: 'warn' });
}

export async function buildNode() {
  await build({
    ...base,
    build: {
      ssr: resolve(import.meta.dirname, 'node.tsx'),
      outDir: resolve(OUT, 'node'),
      emptyOutDir: true,
      minify: false,
      target: 'node20',
    },
  });
  return resolve(OUT, 'node', 'node.js');
}

export async function buildPages({ minify = true } = {}) {
  const root = resolve(import.meta.dirname, 'page');
  const outDir = resolve(OUT, minify ? 'page' : 'page-unminified');
  await build({
    ...base,
    root,
    base: './',
    build: {
      outDir,
      emptyOutDir: true,
      minify,
      target: 'es2022',
      rollupOptions: {
        input: ['index.html', 'cold-banner.html', 'cold-hand.html'].map((page) =>
          resolve(root, page),
        ),
        // Unminified for the profiler: dependencies in their own chunk, to tell them from the kit.
        output: minify
          ? {}
          : { manualChunks: (id) => (id.includes('node_modules') ? 'dependencies' : undefined) },
      },
    },
  });
  return outDir;
}
