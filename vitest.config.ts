import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, localChromium, runsBrowserProjects } from './test/support/chromium.js';
import { offlineFor } from './test/support/commands.js';

// Chromium from the usual places (or CHROMIUM_PATH), driven by playwright-core: no tool
// downloads a browser of its own here. Without one, a browser run stops with one line that
// says how to get it, not a Playwright stack trace.
const chromium = localChromium();
if ('problem' in chromium && runsBrowserProjects(process.argv)) {
  console.error(chromium.problem);
  process.exit(1);
}

const browser = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({
    launchOptions: {
      executablePath: 'path' in chromium ? chromium.path : undefined,
      args: CHROMIUM_ARGS,
    },
    contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
  }),
  instances: [{ browser: 'chromium' as const }],
  commands: { offlineFor },
});

const dom = {
  environment: 'jsdom',
  include: ['test/components/**/*.test.tsx', 'test/query/**/*.test.tsx'],
  setupFiles: ['test/support/setup-dom.ts'],
};
const REACT_18 = fileURLToPath(new URL('test/fixtures/react18/node_modules', import.meta.url));

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: [
            'test/core/**/*.test.ts',
            'test/support/**/*.test.ts',
            'test/testing/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: { name: 'server', environment: 'node', include: ['test/server/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'reporting', environment: 'node', include: ['test/reporting/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'dom', ...dom, env: { EXPECTED_REACT: '19.' } },
      },
      {
        // The same tests against React 18.2, the lowest peer, installed in test/fixtures/react18.
        // Libraries that import React are inlined so that the aliases reach them too.
        extends: true,
        resolve: {
          alias: [
            { find: /^react(-dom)?(\/.*)?$/, replacement: `${REACT_18}/react$1$2` },
            // Its CommonJS main would require React 19 past the aliases.
            {
              find: /^@testing-library\/react$/,
              replacement: '@testing-library/react/dist/@testing-library/react.esm.js',
            },
          ],
        },
        test: {
          name: 'dom-react18',
          ...dom,
          env: { EXPECTED_REACT: '18.2.0' },
          server: { deps: { inline: ['@testing-library/react', '@tanstack/react-query'] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.tsx'],
          setupFiles: ['test/support/setup-browser.ts'],
          globalSetup: ['test/support/browser-server.ts'],
          browser: browser(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: { name: 'stories', browser: browser() },
      },
    ],
  },
});
