// `npm run bench:profile`: where the per-banner work goes on the server. Runs the Node bench's
// banner-only mode (1,000 banners rendered with renderToString, 30 times) under --cpu-prof and
// lists the functions with the most time of their own and the kit's functions by total time.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildNode, OUT } from './build.mjs';

const dir = resolve(OUT, 'profile');
rmSync(dir, { recursive: true, force: true });
const entry = await buildNode();
await promisify(execFile)(
  process.execPath,
  ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=100', entry, 'profile', '30'],
  { env: { ...process.env, NODE_ENV: 'production' } },
);
const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
const { nodes, samples } = JSON.parse(readFileSync(resolve(dir, file), 'utf8'));

const byId = new Map(nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const hits = new Map();
for (const id of samples) hits.set(id, (hits.get(id) ?? 0) + 1);

const where = ({ callFrame: f }) => {
  const name = f.functionName || '(anonymous)';
  const from = f.url.includes('node_modules/')
    ? f.url.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
    : f.url.includes('/bench/.out/node/')
      ? 'kit'
      : f.url || 'V8';
  return `${name} (${from}${f.url ? `:${f.lineNumber + 1}` : ''})`;
};
// Only what happens inside the renders: samples under renderToString, not building the trees.
const insideRender = (id) => {
  let inside = false;
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const name = byId.get(at).callFrame.functionName;
    if (name.startsWith('renderToString')) inside = true;
    if (name === 'checkMarkup') return false;
  }
  return inside;
};
const self = new Map();
const total = new Map();
let all = 0;
for (const [id, count] of hits) {
  if (!insideRender(id)) continue;
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
const share = (count) => `${((100 * count) / all).toFixed(1).padStart(5)}%`;
const top = (map, filter, n) =>
  [...map]
    .filter(([name]) => filter(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, count]) => `${share(count)}  ${name}`)
    .join('\n');
console.log(`samples inside renderToString of banners: ${all} (100 µs each)\n`);
console.log(`Most time of their own:\n${top(self, () => true, 25)}\n`);
console.log(
  `Kit functions by total time (including what they call):\n${top(total, (name) => name.includes('(kit:') && !/^(main|renderTime|renderBanners|\(anonymous\) \(kit:1\))/.test(name), 25)}`,
);
console.log(`\nProfile: ${resolve(dir, file)} (open in Chrome DevTools, Performance tab)`);
