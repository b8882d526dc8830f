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

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
// CPU time of this process, not wall time: work by others on a shared machine does not count.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
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
  // Each side starts on a collected heap, so that neither pays for the other's garbage.
  (globalThis as { gc?: () => void }).gc?.();
  const start = cpuMs();
  renderToString(elements);
  return cpuMs() - start;
}
const renderBanners = () => ({ ms: renderTime(bannerTree) });
const renderHand = () => ({ ms: renderTime(handTree) });

const N = 10_000;
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

/** Milliseconds for `call` over fresh `inputs`, made before the clock starts. */
const batch =
  <T,>(make: () => T[], call: (input: T) => unknown) =>
  async () => {
    const inputs = make();
    const start = cpuMs();
    for (const input of inputs) {
      const result = call(input);
      if (result instanceof Promise) await result;
    }
    return { ms: cpuMs() - start, calls: inputs.length };
  };

/** Calls per second of `call`: the median over runs, each run the fastest of 3 batches. */
async function perSecond<T>(make: () => T[], call: (input: T) => unknown) {
  const time = batch(make, call);
  const rates: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    let best = 0;
    for (let rep = 0; rep < 3; rep++) {
      const { ms, calls } = await time();
      best = Math.max(best, (calls / ms) * 1000);
    }
    if (run > 0) rates.push(best);
  }
  return Math.round(median(rates));
}

/** The ratio of `call` to `baseline` over the same fresh inputs, paired run by run. */
async function against<T>(make: () => T[], call: (input: T) => unknown, baseline: typeof call) {
  const timed = (f: typeof call) => async () => ({ ms: (await batch(make, f)()).ms });
  const { ms } = await paired(timed(call), timed(baseline), { runs: RUNS });
  return { ratio: ms.ratio, spread: ms.spread };
}

async function decodeFigures() {
  // Distinct texts, so that no cache keyed by the text can answer for the decoder.
  const texts = () =>
    Array.from({ length: N }, (_, i) => body.replace(ENVELOPE_401.request_id, `id-${i}`));
  const responses = () => Array.from({ length: N / 4 }, response);
  return {
    validEnvelope: {
      perSecond: await perSecond(() => copies(ENVELOPE_401, N), decodePermutiveError),
    },
    validJsonText: {
      perSecond: await perSecond(texts, decodePermutiveError),
      ...(await against(texts, decodePermutiveError, (text) => JSON.parse(text))),
      ratioBaseline: 'JSON.parse of the same text',
    },
    validAxiosError: { perSecond: await perSecond(cycle([axiosError]), decodePermutiveError) },
    malformed: { perSecond: await perSecond(cycle(MALFORMED), decodePermutiveError) },
    networkError: { perSecond: await perSecond(cycle(NETWORK), decodePermutiveError) },
    readResponse: {
      perSecond: await perSecond(responses, readPermutiveError),
      ...(await against(responses, readPermutiveError, (r) => r.json())),
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
  const { ms: server } = await paired(renderBanners, renderHand, { runs: RUNS, warmup: 3 });
  const decode = await decodeFigures();
  process.stdout.write(
    JSON.stringify({
      server: {
        bannerMs: server.subjectMs,
        handMs: server.baselineMs,
        ratio: server.ratio,
        spread: server.spread,
        runs: server.runs,
      },
      decode,
    }),
  );
}

await main();
