// `npm run bench`: builds what it measures, runs each part, writes bench/results.json and prints
// a table. BENCHMARKS.md gives the method. Env: CHROMIUM_PATH, BENCH_RUNS (default 15),
// BENCH_PORT (default: any free port), BENCH_ONLY (comma list of parts:
// node,import,chromium,sizes,feedback), BENCH_FEEDBACK_RUNS (default 3).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import chromiumFlags from '../test/support/chromium-flags.json' with { type: 'json' };
import { buildLibrary, buildNode, buildPages } from './build.mjs';
import { serve } from './serve.mjs';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
// A run of the feedback part waits through every retry of the old Quick start: about a minute.
const FEEDBACK_RUNS = Number(process.env.BENCH_FEEDBACK_RUNS ?? 3);
const ONLY = process.env.BENCH_ONLY?.split(',');
const wants = (part) => !ONLY || ONLY.includes(part);
const FRAME_MS = 1000 / 60;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// TOOLCHAIN.md's flags, shared with the browser tests: no tool may reach outside hosts.
const FLAGS = ['--headless', ...chromiumFlags];
const PRODUCTION = { ...process.env, NODE_ENV: 'production' };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const spread = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [0.25, 0.75].map((q) => sorted[Math.round(q * (sorted.length - 1))]);
};
const step = (text) => process.stderr.write(`bench: ${text}\n`);

async function nodePart() {
  step('building the Node bench');
  const entry = await buildNode();
  step('server render and decode (Node)');
  // One thread: the CPU time read is the measured work's own, not a background compile's or
  // collection's; and a collection before each side's timing (bench/node.tsx).
  const { stdout } = await run(process.execPath, ['--single-threaded', '--expose-gc', entry], {
    env: PRODUCTION,
    maxBuffer: 1 << 24,
  });
  return JSON.parse(stdout);
}

/** The kit's cold import in fresh processes, after its peers; one more with zod's factories counted. */
async function importPart() {
  const once = async (spy) => {
    const { stdout } = await run(
      process.execPath,
      [...(spy ? ['--import', './bench/zod-spy.mjs'] : []), 'bench/import-cost.mjs'],
      { cwd: ROOT, env: PRODUCTION },
    );
    return JSON.parse(stdout);
  };
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(false));
  const spied = await once(true);
  return {
    kitMs: median(runs.map((r) => r.kitMs)),
    peersMs: median(runs.map((r) => r.peersMs)),
    ratio: median(runs.map((r) => r.kitMs / r.peersMs)),
    spread: spread(runs.map((r) => r.kitMs / r.peersMs)),
    ratioBaseline: 'importing the peers (react, react-dom, @tanstack/react-query, zod/mini)',
    zodCallsAtImport: spied.zodCallsAtImport,
    zodCallsByDecode: spied.zodCallsByDecode,
    zodCallsBySchemaUse: spied.zodCallsBySchemaUse,
  };
}

function needChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`,
    );
  }
}

async function chromiumPart() {
  needChromium();
  step('building the Chromium pages (production React)');
  const folder = await buildPages();
  const server = await serve(folder, Number(process.env.BENCH_PORT ?? 0));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    step('render in Chromium');
    const page = await browser.newPage();
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => 'bench' in window);
    const render = await page.evaluate((runs) => window.bench.render(runs), RUNS);
    if (!render.dom.same) {
      throw new Error(
        `bench/HandWritten.tsx no longer builds the banner's DOM in Chromium:\n${render.dom.banner}\n\nit builds:\n${render.dom.hand}`,
      );
    }
    const rerenders = await page.evaluate(() => window.bench.rerenders());
    await page.close();

    step('first banner in a cold page');
    const cold = [];
    const load = async (name) => {
      const context = await browser.newContext();
      const fresh = await context.newPage();
      await fresh.goto(`${server.origin}/${name}.html`);
      await fresh.waitForFunction(() => 'coldResult' in window);
      const result = await fresh.evaluate(() => window.coldResult);
      await context.close();
      return result;
    };
    // As in the warm figures: per run, each page loaded 3 times alternating, fastest kept.
    const fastest = (loads) => loads.reduce((a, b) => (b.frameMs < a.frameMs ? b : a));
    for (let run = 0; run < RUNS + 1; run++) {
      const loads = { 'cold-banner': [], 'cold-hand': [] };
      for (let rep = 0; rep < 3; rep++) {
        const order = (run + rep) % 2 ? ['cold-hand', 'cold-banner'] : ['cold-banner', 'cold-hand'];
        for (const name of order) loads[name].push(await load(name));
      }
      if (run > 0)
        cold.push({ banner: fastest(loads['cold-banner']), hand: fastest(loads['cold-hand']) });
    }
    const bannerMs = median(cold.map((r) => r.banner.frameMs));
    const handMs = median(cold.map((r) => r.hand.frameMs));
    const differenceMs = median(cold.map((r) => r.banner.frameMs - r.hand.frameMs));
    return {
      render: { commit: render.commit, frame: render.frame },
      rerenders: { ...rerenders, extra: rerenders.usePermutiveError - rerenders.queryAlone },
      coldFirstBanner: {
        bannerMs,
        handMs,
        ratio: median(cold.map((r) => r.banner.frameMs / r.hand.frameMs)),
        spread: spread(cold.map((r) => r.banner.frameMs / r.hand.frameMs)),
        differenceMs,
        differenceFrames: differenceMs / FRAME_MS,
        bannerCommitMs: median(cold.map((r) => r.banner.commitMs)),
        handCommitMs: median(cold.map((r) => r.hand.commitMs)),
        runs: cold,
      },
      chromium: browser.version(),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

// Which .size-limit.json entry measures what, told by path, import and ignore (not by name).
const SIZE_ENTRIES = {
  root: (c) => c.path === 'dist/index.js' && c.import === '*',
  rootWithZodMini: (c) => c.path === 'dist/index.js' && typeof c.import === 'object',
  errorBanner: (c) => c.path === 'dist/index.js' && /ErrorBanner/.test(String(c.import)),
  core: (c) => c.path === 'dist/core.js',
  server: (c) => /server/.test(c.path),
  css: (c) => c.path.endsWith('.css'),
};

async function sizesPart() {
  step('sizes (size-limit)');
  const config = JSON.parse(readFileSync(resolve(ROOT, '.size-limit.json'), 'utf8'));
  let stdout;
  try {
    ({ stdout } = await run(resolve(ROOT, 'node_modules/.bin/size-limit'), ['--json'], {
      cwd: ROOT,
    }));
  } catch (error) {
    // Over a budget, size-limit still prints its figures but exits non-zero.
    stdout = error.stdout;
  }
  const measured = JSON.parse(stdout);
  return Object.fromEntries(
    Object.entries(SIZE_ENTRIES).map(([key, matches]) => {
      const index = config.findIndex(matches);
      const result = measured[index];
      return [
        key,
        result
          ? { name: result.name, bytes: result.size, limitBytes: result.sizeLimit ?? null }
          : { absent: true, reason: 'no such entry in .size-limit.json' },
      ];
    }),
  );
}

const round = (value, places) => Number(value.toFixed(places));
const fixed = (value) =>
  JSON.parse(
    JSON.stringify(value, (_key, v) =>
      typeof v === 'number' && !Number.isInteger(v) ? round(v, 3) : v,
    ),
  );

function table(results) {
  const rows = [];
  const { server, decode } = results.node ?? {};
  const { render, coldFirstBanner: cold, rerenders } = results.chromium ?? {};
  const ms = (value) => `${value.toFixed(1)} ms`;
  const half = ({ spread: [low, high] }) =>
    `; middle half of runs ${low.toFixed(2)}-${high.toFixed(2)}`;
  if (render) {
    rows.push([
      'Chromium commit ratio',
      render.commit.ratio.toFixed(2),
      `${ms(render.commit.bannerMs)} vs ${ms(render.commit.handMs)} hand-written${half(render.commit)}`,
    ]);
    rows.push([
      'Chromium next-frame ratio',
      render.frame.ratio.toFixed(2),
      `${ms(render.frame.bannerMs)} vs ${ms(render.frame.handMs)}${half(render.frame)}`,
    ]);
  }
  if (server)
    rows.push([
      'Server render ratio',
      server.ratio.toFixed(2),
      `${ms(server.bannerMs)} vs ${ms(server.handMs)}${half(server)}`,
    ]);
  if (decode) {
    for (const [name, figure] of Object.entries(decode)) {
      rows.push([
        `decode ${name} perSecond`,
        figure.perSecond.toLocaleString('en'),
        figure.ratio ? `ratio ${figure.ratio.toFixed(2)} vs ${figure.ratioBaseline}` : '',
      ]);
    }
  }
  if (results.import) {
    const i = results.import;
    rows.push([
      'import ratio (kit / peers)',
      i.ratio.toFixed(3),
      `${ms(i.kitMs)} vs ${ms(i.peersMs)}${half(i)}; zod calls at import ${i.zodCallsAtImport}, by decoding ${i.zodCallsByDecode}, by the schema's first use ${i.zodCallsBySchemaUse}`,
    ]);
  }
  if (cold)
    rows.push([
      'cold first banner ratio',
      cold.ratio.toFixed(2),
      `${ms(cold.bannerMs)} vs ${ms(cold.handMs)}: ${cold.differenceFrames.toFixed(2)} frames later${half(cold)}`,
    ]);
  if (rerenders)
    rows.push([
      'renders: usePermutiveError / query alone',
      `${rerenders.usePermutiveError} / ${rerenders.queryAlone}`,
      `extra ${rerenders.extra}`,
    ]);
  for (const [key, size] of Object.entries(results.sizes ?? {})) {
    rows.push([
      `size ${key}`,
      size.absent ? 'absent' : `${size.bytes} B`,
      size.absent ? size.reason : `limit ${size.limitBytes ?? 'none'}`,
    ]);
  }
  for (const [name, { before, after }] of Object.entries(results.feedback?.failures ?? {})) {
    const requests = (n) => `${n} request${n === 1 ? '' : 's'}`;
    rows.push([
      `first feedback ${name}: before / after`,
      `${before.firstMs.toFixed(0)} / ${after.firstMs.toFixed(0)} ms`,
      `before: ${requests(before.finalRequests)}; after: ${requests(after.firstRequests)} (commit to end of frame ${after.firstFrameWaitMs.toFixed(0)} ms), final banner at ${after.finalMs.toFixed(0)} ms after ${requests(after.finalRequests)}`,
    ]);
  }
  const widths = [0, 1].map((c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) => `${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2]}`)
    .join('\n');
}

const started = performance.now();
step('building the library (dist/)');
await buildLibrary();
const results = {
  meta: {
    date: new Date().toISOString(),
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
    runs: RUNS,
    banners: 1000,
    // Other work on the machine widens the spread of every figure; read them together.
    loadAverage: (await import('node:os')).loadavg(),
  },
};
if (wants('node')) results.node = await nodePart();
if (wants('import')) {
  step('import cost (Node, fresh processes)');
  results.import = await importPart();
}
if (wants('chromium')) results.chromium = await chromiumPart();
if (wants('sizes')) results.sizes = await sizesPart();
if (wants('feedback')) {
  needChromium();
  const { feedbackPart } = await import('./feedback.mjs');
  results.feedback = await feedbackPart({
    executablePath: CHROMIUM,
    args: FLAGS,
    runs: FEEDBACK_RUNS,
    port: Number(process.env.BENCH_PORT ?? 0),
    step,
  });
}
results.meta.seconds = (performance.now() - started) / 1000;
if (results.chromium) results.meta.chromium = results.chromium.chromium;
const output = fixed(results);
if (!ONLY) {
  const file = resolve(import.meta.dirname, 'results.json');
  writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`);
  // In the project's own format, so that a committed run passes `npm run lint`.
  await run(resolve(ROOT, 'node_modules/.bin/biome'), ['format', '--write', file], { cwd: ROOT });
}
console.log(table(results));
step(
  `done in ${results.meta.seconds.toFixed(0)} s${ONLY ? ' (partial run: results.json left as it was)' : ''}`,
);
