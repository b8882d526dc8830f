// @vitest-environment node
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permutiveFetch, permutiveQueryDefaults } from '../../src/index.js';
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
});
