// npm run screenshots: renders the banner's stories in Chromium into docs/*.png, light and dark,
// at 1280 and 360 px. The pictures are generated; never edit them by hand.
//   node scripts/screenshots.mjs [outDir]   (Chromium found as the tests find it, or CHROMIUM_PATH)
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const out = resolve(process.argv[2] ?? 'docs');
const SHOTS = [
  ['page', 'ErrorBanner/PageScreenshot'],
  ['inline', 'ErrorBanner/InlineScreenshot'],
  ['compact', 'ErrorBanner/CompactScreenshot'],
];
const WIDTHS = [1280, 360];
const THEMES = ['light', 'dark'];

const server = await createServer({
  configFile: false,
  root: resolve('.'),
  plugins: [react()],
  logLevel: 'error',
  server: { host: '127.0.0.1', port: Number(process.env.SCREENSHOTS_PORT ?? 0) },
});
await server.listen();
const { port } = server.httpServer.address();
// The tests' own finder and flags, loaded through the Vite server (they are TypeScript).
const { localChromium, CHROMIUM_ARGS } = await server.ssrLoadModule('/test/support/chromium.ts');
const found = localChromium();
if ('problem' in found) {
  await server.close();
  console.error(found.problem);
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath: found.path,
  args: ['--headless', ...CHROMIUM_ARGS],
});
try {
  mkdirSync(out, { recursive: true });
  for (const theme of THEMES) {
    const context = await browser.newContext({
      colorScheme: theme,
      reducedMotion: 'reduce',
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      for (const [name, story] of SHOTS) {
        await page.goto(
          `http://127.0.0.1:${port}/scripts/screenshots/index.html?story=${story}&theme=${theme}`,
        );
        await page.waitForSelector('#root[data-ready]');
        if ((await page.getAttribute('#root', 'data-ready')) !== 'true')
          throw new Error(await page.textContent('#root'));
        await page.evaluate(() => document.fonts.ready);
        const path = `${out}/banner-${name}-${theme}-${width}.png`;
        await page.locator('#root').screenshot({ path });
        console.log(path);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
