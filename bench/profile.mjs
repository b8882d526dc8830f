// `npm run bench:profile`: where the per-banner work goes. On the server, the Node bench's
// banner-only mode (1,000 banners with renderToString, 30 times) under --cpu-prof; in Chromium,
// 1,000 banners mounted 10 times under the DevTools profiler, in an unminified production build.
// Each lists the functions with the most time of their own and the kit's by total time.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import chromiumFlags from '../test/support/chromium-flags.json' with { type: 'json' };
import { buildNode, buildPages, OUT } from './build.mjs';
import { serve } from './serve.mjs';

const dir = resolve(OUT, 'profile');

/**
 * Prints the top costs among samples taken under a function named `root` (not under `skip`).
 * `kit` tells the kit's own code by its script URL.
 */
function summarise(title, { nodes, samples }, { root, skip, kit }) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const hits = new Map();
  for (const id of samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const where = ({ callFrame: f }) => {
    const name = f.functionName || '(anonymous)';
    const from = f.url.includes('node_modules/')
      ? f.url.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
      : f.url.includes('/assets/dependencies')
        ? 'react-dom and other dependencies'
        : kit(f.url)
          ? 'kit'
          : f.url || 'V8';
    return `${name} (${from}${f.url ? `:${f.lineNumber + 1}` : ''})`;
  };
  const inside = (id) => {
    let found = false;
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at).callFrame.functionName;
      if (name.startsWith(root)) found = true;
      if (skip?.test(name)) return false;
    }
    return found;
  };
  const self = new Map();
  const total = new Map();
  let all = 0;
  for (const [id, count] of hits) {
    if (!inside(id)) continue;
    all += count;
    const key = where(byId.get(id));
    self.set(key, (self.get(key) ?? 0) + count);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = where(byId.get(at));
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + count);
      seen.add(name);
    }
  }
  const top = (map, filter) =>
    [...map]
      .filter(([name]) => filter(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([name, count]) => `${((100 * count) / all).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  const ownCode = (name) =>
    name.includes('(kit:') &&
    !/^(main|renderTime|renderBanners|mountBanners|\(anonymous\) \(kit:1\))/.test(name);
  console.log(`\n## ${title}: ${all} samples under ${root}\n`);
  console.log(`Most time of their own:\n${top(self, () => true)}\n`);
  console.log(`Kit functions by total time (with what they call):\n${top(total, ownCode)}`);
}

async function server() {
  const entry = await buildNode();
  await promisify(execFile)(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=100', entry, 'profile', '30'],
    { env: { ...process.env, NODE_ENV: 'production' } },
  );
  const file = resolve(
    dir,
    readdirSync(dir).find((name) => name.endsWith('.cpuprofile')),
  );
  summarise('Server: renderToString of 1,000 banners', JSON.parse(readFileSync(file, 'utf8')), {
    root: 'renderToString',
    skip: /^checkMarkup$/,
    kit: (url) => url.includes('/bench/.out/node/'),
  });
  return file;
}

async function browser() {
  const folder = await buildPages({ minify: false });
  const site = await serve(folder, Number(process.env.BENCH_PORT ?? 0));
  const launched = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', ...chromiumFlags],
  });
  try {
    const page = await launched.newPage();
    await page.goto(`${site.origin}/index.html`);
    await page.waitForFunction(() => 'bench' in window);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.evaluate(() => window.bench.mountBanners(10));
    const { profile } = await cdp.send('Profiler.stop');
    const file = resolve(dir, 'chromium.cpuprofile');
    writeFileSync(file, JSON.stringify(profile));
    summarise('Chromium: 1,000 banners mounted with flushSync', profile, {
      root: 'flushSync',
      skip: /unmount/,
      kit: (url) => url.includes('/assets/') && !url.includes('dependencies'),
    });
    return file;
  } finally {
    await launched.close();
    site.close();
  }
}

rmSync(dir, { recursive: true, force: true });
const files = [await server(), await browser()];
console.log(`\nProfiles (open in Chrome DevTools, Performance tab):\n${files.join('\n')}`);
