import type { IncomingMessage, ServerResponse } from 'node:http';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { permutiveFetch, permutiveQueryDefaults } from '../../src/index.js';
import { ENVELOPE_401, startServer, type TestServer } from './server.js';

/**
 * A small API on 127.0.0.1 for the query tests: /flaky (503 for the first `failFirst` requests),
 * /cohorts (503 while `cohortsDown`), /me (always the documented 401), /save (503 once, keeping
 * each body) and /slow (200 after 2 s). Counters and switches are reset before each test.
 */
export const api = {
  hits: {} as Record<string, number>,
  bodies: [] as unknown[],
  failFirst: 0,
  cohortsDown: false,
  url: (path: string) => server.url(path),
};

const count = (name: string) => {
  api.hits[name] = (api.hits[name] ?? 0) + 1;
  return api.hits[name];
};
const send = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const unavailable = {
  request_id: 'req-503',
  error: { status: 'Service Unavailable', code: 5000, message: 'Down for maintenance.' },
};

let server: TestServer;

/** Starts the API for the calling test file, and resets its counters before each test. */
export function serveApi() {
  beforeAll(async () => {
    server = await startServer({
      '/flaky': (_req, res) => {
        const n = count('flaky');
        if (n <= api.failFirst) send(res, 503, unavailable);
        else send(res, 200, { name: 'Sports fans' });
      },
      '/cohorts': (_req, res) => {
        count('cohorts');
        if (api.cohortsDown) send(res, 503, unavailable);
        else send(res, 200, { name: `Cohort v${api.hits.cohorts}` });
      },
      '/me': (_req, res) => {
        count('me');
        send(res, 401, ENVELOPE_401);
      },
      '/save': (req: IncomingMessage, res) => {
        let raw = '';
        req.on('data', (chunk) => {
          raw += chunk;
        });
        req.on('end', () => {
          api.bodies.push(JSON.parse(raw));
          if (count('save') === 1) send(res, 503, unavailable);
          else send(res, 200, { ok: true });
        });
      },
      '/slow': (_req, res) => {
        count('slow');
        setTimeout(() => send(res, 200, {}), 2000);
      },
    });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    for (const key of Object.keys(api.hits)) delete api.hits[key];
    api.bodies.length = 0;
    api.failFirst = 0;
    api.cohortsDown = false;
  });
}

export const fast = { baseDelayMs: 5, maxDelayMs: 20, maxRetries: 2 };
/** A client with the kit's defaults, fast retries, and first-load 5xx sent to boundaries. */
export const client = (options: ConstructorParameters<typeof QueryClient>[0] = {}) =>
  new QueryClient({
    defaultOptions: permutiveQueryDefaults({ ...fast, throwOnError: 'retryable' }),
    ...options,
  });
export const wrap = (queryClient: QueryClient, children: ReactNode) => (
  <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
);
/** A query function for `path` on the API. */
export const get =
  <T,>(path: string) =>
  ({ signal }: { signal: AbortSignal }) =>
    permutiveFetch<T>(server.url(path), { signal });
