// `BENCH_ONLY=feedback`: time to first feedback. The README's Quick start, now and before issue 16,
// built as a user's Vite app (bench/build.mjs), loads in a fresh Chromium context while one server
// on 127.0.0.1 serves it and fails its /api/cohorts as the visit's cookie asks. The server times,
// on its own clock, the first request's arrival and the page's reports (bench/feedback/watch.ts)
// of its first feedback and of its final banner, and counts the requests in between.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';
import { buildFeedbackPages } from './build.mjs';
import { serve } from './serve.mjs';

const ROOT = join(import.meta.dirname, '..');
/** The Quick start's `timeoutMs` in both pages (10 s in the README): a hang gives up sooner. */
export const TIMEOUT_MS = 2_000;
// A visit that shows no final banner by then has gone wrong (a 429's three waits take 30 s).
const VISIT_LIMIT_MS = 90_000;

const { module: faults } = await runnerImport(join(ROOT, 'test/support/server.ts'));
const envelope = (status, text, code, message) => ({
  request_id: `bench-${status}`,
  error: {
    status: text,
    code,
    message,
    docs: `https://developer.permutive.com/docs/errors/${status}/${code}`,
  },
});
const json =
  (status, body, headers = {}) =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  };

/** Each failure: what /api/cohorts answers to every request of a visit. */
export const FAILURES = {
  401: { what: '401, Permutive envelope', answer: faults.routes['/envelope-401'] },
  429: {
    what: '429 envelope, Retry-After: 10',
    answer: json(429, envelope(429, 'TooManyRequests', 1000, 'Too many requests.'), {
      'retry-after': '10',
    }),
  },
  503: {
    what: '503 envelope',
    answer: json(
      503,
      envelope(503, 'ServiceUnavailable', 5000, 'An error of unspecified nature was encountered.'),
    ),
  },
  502: { what: "502, nginx's HTML page", answer: faults.routes['/html-502'] },
  reset: { what: 'connection reset (socket destroyed)', answer: faults.routes['/reset'] },
  hang: { what: `no answer (timeoutMs ${TIMEOUT_MS})`, answer: faults.routes['/hang'] },
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One page load, as the server sees it: requests' arrival and the page's reports. */
function visitOf(failure, side) {
  const visit = { id: `${side}-${failure}-${Math.random().toString(36).slice(2)}`, failure, side };
  visit.hits = [];
  visit.reports = {};
  for (const event of ['first', 'final']) {
    visit[event] = new Promise((resolve) => {
      visit.reports[event] = resolve;
    });
  }
  return visit;
}

function answerer(visits) {
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/api/cohorts' && url.pathname !== '/bench/report') return false;
    const at = performance.now();
    const id = request.headers.cookie?.match(/bench-visit=([\w-]+)/)?.[1];
    const visit = visits.get(id);
    if (!visit) {
      response.writeHead(400).end('no visit');
    } else if (url.pathname === '/api/cohorts') {
      visit.hits.push(at);
      FAILURES[visit.failure].answer(request, response);
    } else {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        // No idle connection left by a report, for the page's next request to find reset.
        response.writeHead(204, { connection: 'close' }).end();
        const page = JSON.parse(body);
        const [start] = visit.hits;
        visit.reports[url.searchParams.get('event')]?.({
          ms: start === undefined ? Number.NaN : at - start,
          requests: visit.hits.filter((hit) => hit <= at).length,
          text: page.text,
          frameWaitMs: page.frameMs - page.commitMs,
        });
      });
    }
    return true;
  };
}

/**
 * Measures each failure `runs` times, before and after alternating (which goes first swaps with
 * each failure and run). A "before" page is done at its banner; an "after" page, once it has
 * shown its first feedback, goes on to its final banner while the next pages load.
 */
export async function feedbackPart({ executablePath, args, runs, port = 0, step }) {
  step('building the Quick start now and before (vite build)');
  const folder = await buildFeedbackPages(TIMEOUT_MS);
  const visits = new Map();
  const server = await serve(folder, port, answerer(visits));
  const browser = await chromium.launch({ executablePath, args });
  const errors = [];
  const open = async (failure, side) => {
    const visit = visitOf(failure, side);
    visits.set(visit.id, visit);
    const context = await browser.newContext();
    await context.addCookies([{ name: 'bench-visit', value: visit.id, url: server.origin }]);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`${visit.id}: ${error.message}`));
    await page.goto(`${server.origin}/${side}/index.html`);
    const limit = setTimeout(() => visit.reports.final({ late: true }), VISIT_LIMIT_MS);
    const done = visit.final.then(async (final) => {
      clearTimeout(limit);
      await context.close();
      if (final.late) throw new Error(`${visit.id}: no final banner in ${VISIT_LIMIT_MS} ms`);
      return final;
    });
    // Both reports may leave in one frame: the first is waited for even when the final lands first.
    const first = await Promise.race([visit.first, done.then(() => visit.first)]);
    return { first, final: side === 'before' ? await done : done };
  };
  try {
    step('first feedback: warming up (one 401 each side)');
    for (const side of ['before', 'after']) await (await open('401', side)).final;
    const all = [];
    for (let run = 0; run < runs; run++) {
      step(`first feedback: run ${run + 1} of ${runs}`);
      const pending = [];
      const figures = {};
      for (const [index, failure] of Object.keys(FAILURES).entries()) {
        const sides = (run + index) % 2 ? ['after', 'before'] : ['before', 'after'];
        figures[failure] = {};
        for (const side of sides) {
          const { first, final } = await open(failure, side);
          pending.push(
            Promise.resolve(final).then((last) => {
              figures[failure][side] = {
                firstMs: first.ms,
                firstRequests: first.requests,
                finalMs: last.ms,
                finalRequests: last.requests,
                firstFrameWaitMs: first.frameWaitMs,
                firstText: first.text.slice(0, 100),
              };
            }),
          );
        }
      }
      await Promise.all(pending);
      all.push(figures);
      const said = Object.entries(figures).map(
        ([failure, { before, after }]) =>
          `${failure} ${before.firstMs.toFixed(0)}/${after.firstMs.toFixed(0)} ms (${before.finalRequests}/${after.finalRequests} requests)`,
      );
      step(`  before/after: ${said.join(', ')}`);
    }
    if (errors.length) throw new Error(`errors in the pages:\n${errors.join('\n')}`);
    const failures = Object.fromEntries(
      Object.entries(FAILURES).map(([failure, { what }]) => {
        const side = (name) => {
          const of = (key) => median(all.map((figures) => figures[failure][name][key]));
          return {
            firstMs: of('firstMs'),
            firstRequests: of('firstRequests'),
            firstFrameWaitMs: of('firstFrameWaitMs'),
            finalMs: of('finalMs'),
            finalRequests: of('finalRequests'),
          };
        };
        return [
          failure,
          {
            what,
            before: side('before'),
            after: side('after'),
            ratio: median(
              all.map(
                (figures) => figures[failure].before.firstMs / figures[failure].after.firstMs,
              ),
            ),
          },
        ];
      }),
    );
    return {
      timeoutMs: TIMEOUT_MS,
      runs,
      failures,
      byRun: all,
      loadAverageAfter: (await import('node:os')).loadavg(),
    };
  } finally {
    await browser.close();
    server.close();
  }
}
