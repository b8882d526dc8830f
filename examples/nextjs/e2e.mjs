// Builds and starts this app in production mode against a mock Permutive API on 127.0.0.1, then
// drives Chromium through each case. Run by the kit's `npm test` (test/consumers.mjs), which
// installs the packed kit here first.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import chromiumFlags from '../../test/support/chromium-flags.json' with { type: 'json' };
import { checkColours } from '../../test/support/colours.mjs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const SECRET = 'sk_live_e2e_secret';

// The mock Permutive API: each scenario is one of the failures the kit must relay.
const SCENARIOS = {
  unauthorized: [
    401,
    {
      request_id: 'req-401-e2e',
      error: {
        status: 'Unauthorized',
        code: 2000,
        message: 'The API key provided is invalid.',
        cause: `The key in ?k=${SECRET} does not exist.`,
        docs: 'https://developer.permutive.com/docs/errors/401/2000',
      },
    },
    {},
  ],
  unavailable: [503, '', { 'retry-after': '30', 'x-request-id': 'req-503-e2e' }],
  conflict: [
    409,
    {
      request_id: 'req-409-e2e',
      error: {
        status: 'Conflict',
        code: 4000,
        message: 'A resource with this identifier already exists.',
      },
    },
    {},
  ],
};
// Requests per scenario. `unavailable-once` fails the first time only; `segments` never fails.
const hits = {};
const AFTER_ONCE = [200, { cohorts: [{ id: 1, name: 'Sports fans' }] }, {}];
const api = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const scenario = url.searchParams.get('scenario') ?? 'ok';
  hits[scenario] = (hits[scenario] ?? 0) + 1;
  if (scenario === 'down') return req.socket.destroy();
  const [status, body, headers] =
    scenario === 'unavailable-once'
      ? hits[scenario] === 1
        ? SCENARIOS.unavailable
        : AFTER_ONCE
      : (SCENARIOS[scenario] ?? [200, { cohorts: [] }, {}]);
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
});
await new Promise((resolve) => api.listen(0, '127.0.0.1', resolve));
const apiUrl = `http://127.0.0.1:${api.address().port}`;

const freePort = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

const next = 'node_modules/next/dist/bin/next';
execFileSync('node', [next, 'build'], { stdio: 'inherit', env });
const server = spawn('node', [next, 'start', '-H', '127.0.0.1', '-p', String(freePort)], {
  env: { ...env, PERMUTIVE_API_URL: apiUrl },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let serverLog = '';
for (const stream of [server.stdout, server.stderr]) {
  stream.on('data', (chunk) => {
    serverLog += chunk;
    process.stdout.write(chunk);
  });
}
const base = `http://127.0.0.1:${freePort}`;
let browser;
try {
  for (let tries = 0; ; tries += 1) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {}
    if (tries > 150) throw new Error('next start did not answer within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  // The route handler relays Permutive's failures as envelopes the kit reads back.
  const relayed = await fetch(`${base}/api/cohorts?scenario=unavailable`);
  assert.equal(relayed.status, 503);
  assert.equal(relayed.headers.get('x-request-id'), 'req-503-e2e');
  assert.equal(relayed.headers.get('retry-after'), '30');
  const down = await fetch(`${base}/api/cohorts?scenario=down`);
  assert.equal(down.status, 502);
  const relayed401 = await (await fetch(`${base}/api/cohorts?scenario=unauthorized`)).text();
  assert.ok(!relayed401.includes(SECRET), 'the relayed envelope carries no API key');

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', ...chromiumFlags],
  });
  const page = await browser.newPage();
  // Next.js keeps an empty alert of its own (the route announcer): find the banner by its heading.
  const alert = page.getByRole('group').filter({ has: page.getByRole('heading') });

  // A Server Component catches the failure and hands the model to ErrorBanner.
  await page.goto(`${base}/server-component?scenario=unauthorized`);
  await alert
    .getByRole('heading', { level: 1, name: 'Access to the service was refused' })
    .waitFor();
  assert.match((await alert.textContent()) ?? '', /req-401-e2e/);
  // The model is serialised into the page's RSC payload: it must already be redacted.
  const serverComponentHtml = await page.content();

  // A client page reads the route handler's relayed envelope.
  await page.goto(`${base}/relay?scenario=unavailable`);
  await alert
    .getByRole('heading', { level: 1, name: 'The service is temporarily unavailable' })
    .waitFor();
  assert.match((await alert.textContent()) ?? '', /req-503-e2e/);

  // A boundary in a client layout, keyed on usePathname(): a link away from the failed page
  // shows the next page, and the link back fetches again instead of rethrowing the cached error.
  await page.goto(`${base}/navigation/cohorts`);
  await alert
    .getByRole('heading', { level: 1, name: 'The service is temporarily unavailable' })
    .waitFor();
  await page.getByRole('link', { name: 'Segments' }).click();
  await page.getByRole('heading', { level: 1, name: 'Segments' }).waitFor();
  assert.equal(await alert.count(), 0, 'the banner goes with the page that failed');
  await page.getByRole('link', { name: 'Cohorts' }).click();
  await page.getByRole('listitem').filter({ hasText: 'Sports fans' }).waitFor();
  assert.equal(await alert.count(), 0, 'the page fetched again and shows its data');
  assert.equal(hits['unavailable-once'], 2, 'one failed request, one on the way back');

  // A Server Action returns the model as data.
  await page.goto(`${base}/action`);
  await page.getByRole('button', { name: 'Create' }).click();
  await alert.getByRole('heading', { level: 2, name: 'This already exists' }).waitFor();
  assert.match((await alert.textContent()) ?? '', /req-409-e2e/);

  // error.tsx gets only a digest in production: generic copy and the digest for support.
  await page.goto(`${base}/boundary`);
  await alert.getByRole('heading', { level: 1 }).waitFor();
  const text = (await page.locator('main').textContent()) ?? '';
  assert.match(text, /Reference for support: \S+/);
  assert.doesNotMatch(text, /req-401-e2e|The API key provided is invalid|sk_live/);
  // The server's log ties that digest to Permutive's request id (instrumentation.ts).
  const digest = text.match(/Reference for support: (\S+)/)?.[1];
  assert.match(serverLog, new RegExp(`digest=${digest} requestId=req-401-e2e status=401`));
  assert.ok(!serverComponentHtml.includes(SECRET), 'the Server Component page carries no API key');
  // Next.js minifies the stylesheet with Lightning CSS: the colours must survive it.
  const { problems, readings } = await checkColours(browser, `${base}/themes`, 'next build');
  const light = readings.light['system error'];
  const dark = readings.dark['system error'];
  console.log(
    `nextjs e2e: colours: light ${light.background} / ${light.border}, dark ${dark.background} / ${dark.border}`,
  );
  assert.deepEqual(problems, [], 'the banner keeps its colours in the production build');
  console.log(
    'nextjs e2e: route handler, Server Component, reset on navigation, Server Action and error.tsx: ok',
  );
} finally {
  await browser?.close();
  server.kill();
  api.close();
}
