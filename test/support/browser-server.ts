import type { TestProject } from 'vitest/node';
import { startServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fault server's origin, for Chromium tests (`inject('serverUrl')`). */
    serverUrl: string;
  }
}

// Hits per `id`, so that each test counts its own requests.
const hits = new Map<string, number>();

/**
 * Starts the fault server on 127.0.0.1 for the browser project. `/flaky?id=x&fail=n&delay=ms`
 * answers a 503 (a new request id each time) to the first n requests for `x`, then a cohort,
 * each after `delay` ms. `/hits?id=x` answers how many requests `/flaky` had for `x`.
 */
export default async function setup(project: TestProject) {
  const server = await startServer({
    '/hits': (req, res) => {
      const id = new URL(req.url ?? '/', 'http://x').searchParams.get('id') ?? '';
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(hits.get(id) ?? 0));
    },
    '/flaky': (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const id = url.searchParams.get('id') ?? '';
      const n = (hits.get(id) ?? 0) + 1;
      hits.set(id, n);
      const failing = n <= Number(url.searchParams.get('fail') ?? 0);
      setTimeout(
        () => {
          res.writeHead(failing ? 503 : 200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify(
              failing
                ? {
                    request_id: `${id}-${n}`,
                    error: { status: 'Service Unavailable', code: 5000, message: 'Down.' },
                  }
                : { name: 'Sports fans' },
            ),
          );
        },
        Number(url.searchParams.get('delay') ?? 0),
      );
    },
  });
  project.provide('serverUrl', server.url(''));
  return () => server.close();
}
