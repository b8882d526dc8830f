// Docs are tests. Every ts and tsx block of README.md and docs/guides/*.md is type-checked
// against the packed kit in test/fixtures/docs (Vite's react-ts template), and the README's
// Quick start, as that app's src/App.tsx, is built with `vite build` and run in Chromium against
// a real HTTP server: the cohorts for a 200; feedback within a second of the first request for a
// 401, 429, 502, 503 and a reset, and within the timeout for a hang; the styled banner for a 503
// once retries end; the offline notice, then the cohorts. Run after `npm run build`.
//
// A block is checked as written, as a module of its own. A fragment that uses names from the
// text around it (your `logger`, a `query` in scope) gets them from a prelude hidden in an HTML
// comment right above its fence; a block that cannot be checked says why. Keep both rare:
//
//   <!-- check: prelude
//   declare const logger: { warn(...data: unknown[]): void };
//   -->
//   <!-- check: skip, <why it cannot compile> -->
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';
import { installKit } from './support/install-kit.mjs';

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/docs');
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs/guides'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/guides/${file}`),
];

/** The ts and tsx blocks of one Markdown file, each with its section, directive and first line. */
function codeBlocks(markdown, doc) {
  const lines = markdown.split('\n');
  const blocks = [];
  let section = '';
  let comments = 0;
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i].startsWith('## ')) section = lines[i].slice(3).trim();
    if (lines[i].trim().startsWith('<!-- check:')) comments += 1;
    const open = lines[i].match(/^(\s*)```(\w*)\s*$/);
    if (!open) continue;
    const [, indent, lang] = open;
    const end = lines.findIndex((line, j) => j > i && line.trim() === '```');
    if (end === -1) throw new Error(`${doc}:${i + 1}: a code block that never closes`);
    const code = lines.slice(i + 1, end).map((line) => line.slice(indent.length));
    const check = directive(lines, i, indent, doc);
    if (lang === 'ts' || lang === 'tsx') {
      blocks.push({ doc, section, line: i + 2, lang, code: code.join('\n'), ...check });
    } else if (check.used)
      throw new Error(`${doc}:${i + 1}: a check comment above a ${lang} block`);
    i = end;
  }
  if (comments !== blocks.filter((block) => block.used).length)
    throw new Error(`${doc}: a check comment that is not right above a ts or tsx block`);
  return blocks;
}

// The `<!-- check: … -->` comment that ends on the line right above a fence, if any.
function directive(lines, fence, indent, doc) {
  if (!lines[fence - 1]?.trim().endsWith('-->')) return { prelude: '' };
  let start = fence - 1;
  while (start > 0 && !lines[start].includes('<!--')) start -= 1;
  const found = lines[start].trim().match(/^<!-- check: (skip|prelude)(.*)$/);
  if (!found) return { prelude: '' };
  const [, kind, rest] = found;
  if (kind === 'skip') {
    const reason = rest.replace(/-->$/, '').replace(/^,/, '').trim();
    if (!reason) throw new Error(`${doc}:${start + 1}: a skipped block must say why`);
    return { used: true, skip: reason, prelude: '' };
  }
  const body = lines.slice(start + 1, fence - 1).map((line) => line.slice(indent.length));
  return { used: true, prelude: body.join('\n') };
}

const blocks = DOCS.flatMap((doc) => codeBlocks(readFileSync(join(ROOT, doc), 'utf8'), doc));
const quickStart = blocks.find(
  (block) => block.doc === 'README.md' && block.section === 'Quick start',
);
assert.ok(quickStart, "README.md: no tsx block under '## Quick start'");
assert.equal(quickStart.prelude, '', 'the Quick start runs as written: no prelude');
assert.equal(quickStart.skip, undefined, 'the Quick start runs as written: no skip');

// Each block is a file of its own; a type error is reported at its line in the Markdown.
rmSync(join(FIXTURE, 'blocks'), { recursive: true, force: true });
mkdirSync(join(FIXTURE, 'blocks'));
writeFileSync(join(FIXTURE, 'src/App.tsx'), `${quickStart.code}\n`);
const files = new Map([['src/App.tsx', { ...quickStart, preludeLines: 0 }]]);
for (const block of blocks) {
  if (block === quickStart) continue;
  if (block.skip) {
    console.log(`docs: ${block.doc}:${block.line} not checked: ${block.skip}`);
    continue;
  }
  const name = `blocks/${block.doc.replace(/\W+/g, '-')}-${block.line}.${block.lang}`;
  const prelude = block.prelude ? `${block.prelude}\n` : '';
  writeFileSync(join(FIXTURE, name), `${prelude}${block.code}\n`);
  files.set(name, { ...block, preludeLines: prelude ? prelude.split('\n').length - 1 : 0 });
}

// A block that augments a module (`declare module`) would change the types every other block
// sees, so it is checked in a program of its own.
const alone = [...files].filter(([, block]) => /^declare module /m.test(block.code));
for (const [name] of alone) {
  const config = { extends: '../tsconfig.blocks.json', include: [], files: [basename(name)] };
  writeFileSync(join(FIXTURE, `${name}.tsconfig.json`), JSON.stringify(config));
}
const shared = {
  extends: '../tsconfig.blocks.json',
  include: ['.'],
  exclude: alone.map(([name]) => basename(name)),
};
writeFileSync(join(FIXTURE, 'blocks/tsconfig.json'), JSON.stringify(shared));

async function typecheck(project) {
  const tsc = ['node_modules/typescript/bin/tsc', '-p', project, '--pretty', 'false'];
  const { code, stdout, stderr } = await new Promise((resolve) => {
    execFile('node', tsc, { cwd: FIXTURE }, (error, out, err) =>
      resolve({ code: error ? (error.code ?? 1) : 0, stdout: out, stderr: err }),
    );
  });
  if (code === 0) return [];
  if (!stdout.trim()) return [`${project}: tsc exited with ${code}: ${stderr}`];
  return stdout
    .trim()
    .split('\n')
    .map((line) => {
      const at = line.match(/^(\S+)\((\d+),(\d+)\): (.*)$/);
      const block = at && files.get(at[1]);
      if (!block) return /^\s/.test(line) ? line : `${project}: ${line}`;
      const n = Number(at[2]) - block.preludeLines;
      const where =
        n > 0
          ? `${block.doc}:${block.line + n - 1}:${at[3]}`
          : `${block.doc}:${block.line - 1} (its prelude)`;
      return `${where} ${at[4]}`;
    });
}

console.log(`docs: ${files.size} blocks from ${DOCS.length} files`);
installKit(FIXTURE);
console.log(`docs: kit installed (${elapsed()})`);
const projects = [
  'tsconfig.json',
  'blocks/tsconfig.json',
  ...alone.map(([name]) => `${name}.tsconfig.json`),
];
const problems = (await Promise.all(projects.map(typecheck))).flat();
console.log(`docs: type-checked (${elapsed()})`);
if (problems.length) {
  console.error(problems.join('\n'));
  throw new Error(`${problems.length} type errors in the docs' code blocks`);
}

// The Quick start, built as a user builds it, against a real server on 127.0.0.1 that serves
// the build and answers /api/cohorts as the test sets it: cohorts, or Permutive's 503 envelope.
rmSync(join(FIXTURE, 'dist'), { recursive: true, force: true });
execFileSync('node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
  cwd: FIXTURE,
  stdio: 'inherit',
});
console.log(`docs: built with vite build (${elapsed()})`);

const COHORTS = [
  { id: 'c-1', name: 'Sports fans' },
  { id: 'c-2', name: 'Weekend readers' },
];
const envelope = (requestId, status, code, message) => ({
  request_id: requestId,
  error: { status, code, message, docs: `https://developer.permutive.com/docs/errors/${code}` },
});
const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
// What /api/cohorts answers, as the test sets it.
const ANSWERS = {
  unavailable: [
    503,
    envelope(
      'req-docs-503',
      'ServiceUnavailable',
      5000,
      'An error of unspecified nature was encountered.',
    ),
  ],
  unauthorized: [
    401,
    envelope('req-docs-401', 'Unauthorized', 2000, 'The API key provided is invalid.'),
  ],
  limited: [
    429,
    envelope('req-docs-429', 'TooManyRequests', 4290, 'Rate limit exceeded.'),
    { 'retry-after': '10' },
  ],
};
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
// The cohorts wait behind a gate, so that the test sees the pending state before them. `firstAt`
// is when the first request of a load reached the server; `held` are requests left unanswered.
const api = {
  answer: 'cohorts',
  hits: 0,
  firstAt: 0,
  held: [],
  gate: Promise.resolve(),
  open: () => {},
};
const closeGate = () => {
  api.gate = new Promise((resolve) => {
    api.open = resolve;
  });
};
const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  if (path === '/api/cohorts') {
    api.hits += 1;
    if (api.hits === 1) api.firstAt = performance.now();
    const answer = ANSWERS[api.answer];
    if (answer) {
      const [status, body, headers] = answer;
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      return res.end(JSON.stringify(body));
    }
    if (api.answer === 'proxy') {
      res.writeHead(502, { 'content-type': 'text/html' });
      return res.end(NGINX_502);
    }
    if (api.answer === 'reset') return req.socket.destroy();
    if (api.answer === 'hang') return api.held.push(res);
    const gate = api.gate;
    api.held.push(res);
    await gate;
    if (res.destroyed) return;
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(JSON.stringify(COHORTS));
  }
  const file = path === '/' ? '/index.html' : path;
  try {
    const body = readFileSync(join(FIXTURE, 'dist', file.replace(/\.\.+/g, '')));
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
const dropHeld = () => {
  for (const res of api.held.splice(0)) res.socket?.destroy();
};
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const site = `http://127.0.0.1:${server.address().port}/`;

// The tests' own finder and flags (TypeScript, loaded through Vite).
const { module: support } = await runnerImport(join(ROOT, 'test/support/chromium.ts'));
const found = support.localChromium();
if ('problem' in found) throw new Error(found.problem);
const browser = await chromium.launch({ executablePath: found.path, args: support.CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  const crashes = [];
  page.on('pageerror', (error) => crashes.push(error.message));
  // Loads the page with /api/cohorts answering `answer`; resolves with the first banner (any
  // state) and how long after the first request reached the server it was on screen.
  const firstFeedback = async (answer, name) => {
    // The last scenario's page goes first: a request it still retried (the hang's, once dropped)
    // would otherwise count as this one's.
    await page.goto('about:blank');
    dropHeld();
    api.answer = answer;
    api.hits = 0;
    await page.goto(site);
    const banner = page.getByRole('group', { name });
    await banner.waitFor({ timeout: 20_000 });
    const ms = Math.round(performance.now() - api.firstAt);
    console.log(`docs: the Quick start's first feedback for ${answer}: ${ms} ms, "${name}"`);
    return { banner, ms };
  };

  // 200: the pending state first, then the cohorts.
  closeGate();
  await page.goto(site);
  await page.getByText('Loading cohorts…').waitFor();
  api.open();
  await page.getByRole('list').waitFor();
  assert.deepEqual(await page.getByRole('listitem').allTextContents(), [
    'Sports fans',
    'Weekend readers',
  ]);
  console.log(`docs: the Quick start shows the cohorts for a 200 (${elapsed()})`);

  // Feedback from the first failed attempt, within a second, whatever failed (issue 16): the
  // banner shows the failure quietly ("Retrying…") while the default policy retries.
  for (const [answer, name] of [
    ['unauthorized', 'Access to the service was refused'],
    ['limited', 'Too many requests'],
    ['proxy', "The service didn't answer properly"],
    ['reset', "Can't reach the service"],
  ]) {
    const { ms } = await firstFeedback(answer, name);
    assert.ok(ms < 1000, `first feedback for ${answer} within 1 s of the first request (${ms} ms)`);
  }
  // A request that never answers: feedback when the Quick start's own timeout (10 s) ends.
  const hang = await firstFeedback('hang', 'This took too long');
  assert.ok(hang.ms < 11_000, `first feedback for a hang within 10 s + 1 s (${hang.ms} ms)`);
  dropHeld();

  // 503 every time: the banner shows the failure from the first attempt, busy, while the policy
  // retries three times with backoff (about 2 + 4 + 8 s at most); then Try again is offered.
  const { banner, ms } = await firstFeedback(
    'unavailable',
    'The service is temporarily unavailable',
  );
  assert.ok(ms < 1000, `first feedback for a 503 within 1 s of the first request (${ms} ms)`);
  assert.equal(api.hits, 1, 'the banner shows after the first attempt');
  await banner.getByRole('button', { name: 'Retrying…' }).waitFor();
  assert.equal(await page.getByText('Loading cohorts…').count(), 0);
  await banner.getByRole('button', { name: 'Try again' }).waitFor({ timeout: 60_000 });
  assert.equal(api.hits, 4, 'one call and three retries');
  await banner
    .getByRole('heading', { level: 2, name: 'The service is temporarily unavailable' })
    .waitFor();
  await banner.getByText('req-docs-503').waitFor();
  const background = await banner.evaluate((element) => getComputedStyle(element).backgroundColor);
  console.log(
    `docs: the Quick start shows the final banner for a 503, background ${background} (${elapsed()})`,
  );

  // Try again fetches again: the cohorts replace the banner.
  api.answer = 'cohorts';
  api.gate = Promise.resolve();
  await banner.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('list').waitFor();
  assert.notEqual(background, 'rgba(0, 0, 0, 0)', "the banner's background survives vite build");

  // Offline: the connection goes while the cohorts load. The banner says so at once, the
  // dropped request waits (paused) for the connection, and the cohorts come when it is back.
  closeGate();
  api.answer = 'cohorts';
  api.hits = 0;
  await page.goto(site);
  await page.getByText('Loading cohorts…').waitFor();
  await page.context().setOffline(true);
  const wentOffline = performance.now();
  const notice = page.getByRole('group', { name: "You're offline" });
  await notice.waitFor({ timeout: 5000 });
  const offlineMs = Math.round(performance.now() - wentOffline);
  console.log(`docs: the Quick start says it is offline ${offlineMs} ms after the connection went`);
  assert.ok(offlineMs < 1000, `offline said within 1 s (${offlineMs} ms)`);
  dropHeld();
  await page.waitForTimeout(2500);
  assert.equal(await notice.count(), 1, 'still offline after the dropped request');
  api.open();
  await page.context().setOffline(false);
  await page.getByRole('list').waitFor({ timeout: 5000 });
  assert.equal(await notice.count(), 0, 'the notice leaves when the connection is back');
  assert.ok(api.hits >= 2, 'the dropped request, then the retry when back online');
  console.log(`docs: the Quick start loads the cohorts when back online (${api.hits} requests)`);
  assert.deepEqual(crashes, [], 'no uncaught error in the page');
} finally {
  dropHeld();
  await browser.close();
  server.close();
}
console.log(`docs: passed in ${elapsed()}`);
