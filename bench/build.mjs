// Builds what the bench runs: the library (dist/, for sizes and import cost), the Node bench,
// the Chromium pages (production React, minified unless `minify` is false) and the README's Quick
// start as a user's Vite app, now and before.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
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

const ROOT = resolve(import.meta.dirname, '..');
// The Quick start's component body now, and before issue 16 (README.md at dfb3cb6^: the loading
// line until the query settles, then the banner).
const NOW = `  const { banner } = usePermutiveError(query);
  if (query.isSuccess) return <CohortList cohorts={query.data} />;
  if (banner) return <ErrorBanner {...banner} />;
  return <p>Loading cohorts…</p>;`;
const OLD = `  const { error, retry } = usePermutiveError(query);
  if (query.isPending) return <p>Loading cohorts…</p>;
  if (query.isError) return <ErrorBanner error={error} onRetry={retry} />;
  return <CohortList cohorts={query.data} />;`;

/** The README's Quick start (its tsx block) with a `timeoutMs` of `timeoutMs`, now and before. */
export function quickStarts(timeoutMs) {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const code = readme.split('\n## Quick start\n')[1]?.match(/```tsx\n([\s\S]*?)\n```/)?.[1];
  const timeouts = code?.match(/timeoutMs: [\d_]+/g) ?? [];
  if (!code?.includes(NOW) || timeouts.length !== 1) {
    throw new Error(
      "README.md's Quick start changed: bench/build.mjs expects its component to end with\n" +
        `${NOW}\nand one \`timeoutMs\`; update NOW (and OLD, the old page) from the new one.`,
    );
  }
  const after = code.replace(/timeoutMs: [\d_]+/, `timeoutMs: ${timeoutMs}`);
  return { after, before: after.replace(NOW, OLD) };
}

/**
 * Builds the README's Quick start now and before (`quickStarts`) as a user's Vite app: the
 * react-ts template's `main.tsx` and `index.html`, the app as `src/App.tsx`, the kit from `dist/`,
 * and `bench/feedback/watch.ts` first in the page; each side built on its own, as one app.
 * Pages: `before/index.html`, `after/index.html`.
 */
export async function buildFeedbackPages(timeoutMs) {
  const template = resolve(ROOT, 'test/fixtures/docs');
  const root = resolve(OUT, 'feedback-src');
  const watch = resolve(import.meta.dirname, 'feedback/watch.ts');
  rmSync(root, { recursive: true, force: true });
  for (const [side, app] of Object.entries(quickStarts(timeoutMs))) {
    mkdirSync(resolve(root, side, 'src'), { recursive: true });
    writeFileSync(resolve(root, side, 'src/App.tsx'), `${app}\n`);
    copyFileSync(resolve(template, 'src/main.tsx'), resolve(root, side, 'src/main.tsx'));
    const html = readFileSync(resolve(template, 'index.html'), 'utf8').replace(
      '<script type="module" src="/src/main.tsx"></script>',
      `<script type="module" src="${relative(resolve(root, side), watch)}"></script>\n    <script type="module" src="./src/main.tsx"></script>`,
    );
    writeFileSync(resolve(root, side, 'index.html'), html);
  }
  const outDir = resolve(OUT, 'feedback');
  rmSync(outDir, { recursive: true, force: true });
  for (const side of ['before', 'after']) {
    await build({
      ...base,
      root: resolve(root, side),
      base: './',
      resolve: {
        alias: [
          { find: /^react-permutive-errors$/, replacement: resolve(ROOT, 'dist/index.js') },
          {
            find: /^react-permutive-errors\/styles\.css$/,
            replacement: resolve(ROOT, 'dist/styles.css'),
          },
        ],
      },
      build: { outDir: resolve(outDir, side), emptyOutDir: true },
    });
  }
  return outDir;
}
