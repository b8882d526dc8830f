// @vitest-environment node
import { environmentManager, isServer, QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createModel,
  permutiveFetch,
  permutiveQueryDefaults,
  permutiveRetry,
} from '../../src/index.js';
import { startServer, type TestServer } from '../support/server.js';

// No `window` here: TanStack Query treats this process as a server, as during server rendering.
let hits = 0;
let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    '/down': (_req, res) => {
      hits += 1;
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"request_id":"ssr-1","error":{"status":"Service Unavailable","code":5000}}');
    },
  });
});
afterAll(() => server.close());

describe('on the server', () => {
  it('a failing prefetch is tried once, as TanStack Query does by default there', async () => {
    expect(typeof window).toBe('undefined');
    const client = new QueryClient({
      defaultOptions: permutiveQueryDefaults({ baseDelayMs: 5, maxDelayMs: 20 }),
    });
    await client.prefetchQuery({
      queryKey: ['down'],
      queryFn: ({ signal }) => permutiveFetch(server.url('/down'), { signal }),
    });
    expect(hits).toBe(1);
    expect(client.getQueryState(['down'])).toMatchObject({
      status: 'error',
      fetchFailureCount: 1,
    });
    client.clear();
  });

  it("follows TanStack Query's environmentManager, also when an app overrides it", () => {
    const failure = createModel('server', { status: 503 });
    expect(permutiveRetry()(0, failure)).toBe(false);
    // A runtime TanStack Query is told is a client (as React Native or a test setup may do).
    environmentManager.setIsServer(() => false);
    try {
      expect(permutiveRetry()(0, failure)).toBe(true);
    } finally {
      environmentManager.setIsServer(() => isServer);
    }
  });
});
