// The Node half of `npm run bench`, bundled by bench/run.mjs and run with NODE_ENV=production:
// server render of 1,000 banners against the hand-written markup, and decoder throughput.
// Prints one JSON object on stdout. `node node.js profile` only renders banners, for --cpu-prof.
import type { ReactNode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { decodePermutiveError, ErrorBanner, readPermutiveError } from '../src/index.js';
import { ENVELOPE_401 } from '../test/support/envelopes.js';
import { HandWritten } from './HandWritten.js';
import { median, paired } from './measure.js';
import { bannerTree, copies, handTree } from './trees.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const body = JSON.stringify(ENVELOPE_401);

/** The hand-written markup must be the banner's, or the ratio compares different pages. */
function checkMarkup() {
  const banner = renderToStaticMarkup(<ErrorBanner error={structuredClone(ENVELOPE_401)} />);
  const hand = renderToStaticMarkup(<HandWritten envelope={ENVELOPE_401} />);
  if (banner !== hand) {
    throw new Error(
      `bench/HandWritten.tsx no longer matches ErrorBanner's markup; rewrite it from:\n${banner}\n\nit renders:\n${hand}`,
    );
  }
}

/** Milliseconds to render `tree()` to a string; the tree is built before the clock starts. */
function renderTime(tree: () => ReactNode) {
  const elements = tree();
  const start = performance.now();
  renderToString(elements);
  return performance.now() - start;
}
const renderBanners = () => renderTime(bannerTree);
const renderHand = () => renderTime(handTree);

/** Calls per second of `call` over `inputs` (each made fresh per run), median of the runs. */
async function throughput<T>(make: () => T[], call: (input: T) => unknown, runs = RUNS) {
  const rates: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const inputs = make();
    const start = performance.now();
    for (const input of inputs) await call(input);
    const ms = performance.now() - start;
    if (i >= 2) rates.push((inputs.length / ms) * 1000);
  }
  return Math.round(median(rates));
}

/** Per-second of a synchronous call, batched without awaiting. */
function syncThroughput<T>(make: () => T[], call: (input: T) => unknown, runs = RUNS) {
  const rates: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const inputs = make();
    const start = performance.now();
    for (const input of inputs) call(input);
    const ms = performance.now() - start;
    if (i >= 2) rates.push((inputs.length / ms) * 1000);
  }
  return Math.round(median(rates));
}

const N = 20_000;
const cycle =
  <T,>(items: (() => T)[]) =>
  () =>
    Array.from({ length: N }, (_, i) => (items[i % items.length] as () => T)());

const axiosError = () =>
  Object.assign(new Error('Request failed with status code 401'), {
    isAxiosError: true,
    response: {
      status: 401,
      headers: { 'x-request-id': ENVELOPE_401.request_id },
      data: structuredClone(ENVELOPE_401),
    },
  });
const MALFORMED: (() => unknown)[] = [
  () => ({ error: 42 }),
  () => ({ request_id: 7, error: { status: {}, code: 'x', message: 7, docs: [] } }),
  () => '{"request_id":"e2ce","error":{"mess',
  () => '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
  () => ({ error: [], message: null, detail: { nested: true } }),
];
const NETWORK: (() => unknown)[] = [
  () => new TypeError('Failed to fetch'),
  () =>
    new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
    }),
  () => Object.assign(new Error('Network Error'), { isAxiosError: true, code: 'ERR_NETWORK' }),
  () => new DOMException('The operation timed out.', 'TimeoutError'),
];
const response = () =>
  new Response(body, {
    status: 401,
    headers: { 'content-type': 'application/json', 'x-request-id': ENVELOPE_401.request_id },
  });

async function decodeFigures() {
  // Distinct texts, so that no cache keyed by the text can answer for the decoder.
  const texts = () =>
    Array.from({ length: N }, (_, i) => body.replace(ENVELOPE_401.request_id, `id-${i}`));
  const timeSync = (make: () => unknown[], call: (x: unknown) => unknown) => () => {
    const inputs = make();
    const start = performance.now();
    for (const input of inputs) call(input);
    return performance.now() - start;
  };
  const timeAsync = (make: () => unknown[], call: (x: unknown) => Promise<unknown>) => async () => {
    const inputs = make();
    const start = performance.now();
    for (const input of inputs) await call(input);
    return performance.now() - start;
  };
  const responses = () => Array.from({ length: N / 4 }, response);
  const jsonText = await paired(
    RUNS,
    2,
    timeSync(texts, (t) => decodePermutiveError(t)),
    timeSync(texts, (t) => JSON.parse(t as string)),
  );
  const readVsJson = await paired(
    RUNS,
    2,
    timeAsync(responses, (r) => readPermutiveError(r as Response)),
    timeAsync(responses, (r) => (r as Response).json()),
  );
  return {
    validEnvelope: {
      perSecond: syncThroughput(() => copies(ENVELOPE_401, N), decodePermutiveError),
    },
    validJsonText: {
      perSecond: Math.round((N / jsonText.subjectMs) * 1000),
      ratio: jsonText.ratio,
      ratioBaseline: 'JSON.parse of the same text',
    },
    validAxiosError: { perSecond: syncThroughput(cycle([axiosError]), decodePermutiveError) },
    malformed: { perSecond: syncThroughput(cycle(MALFORMED), decodePermutiveError) },
    networkError: { perSecond: syncThroughput(cycle(NETWORK), decodePermutiveError) },
    readResponse: {
      perSecond: await throughput(responses, (r) => readPermutiveError(r)),
      ratio: readVsJson.ratio,
      ratioBaseline: 'Response.json() of the same Response',
    },
  };
}

async function main() {
  checkMarkup();
  if (process.argv[2] === 'profile') {
    for (let i = 0; i < Number(process.argv[3] ?? 30); i++) renderBanners();
    return;
  }
  const server = await paired(RUNS, 3, renderBanners, renderHand);
  const decode = await decodeFigures();
  process.stdout.write(
    JSON.stringify({
      server: {
        bannerMs: server.subjectMs,
        handMs: server.baselineMs,
        ratio: server.ratio,
        runs: server.runs,
      },
      decode,
    }),
  );
}

await main();
