import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PLAIN_TEXT_400, PROXY_502_HTML } from '../../src/testing/fixtures.js';
import { ENVELOPE_401 } from './envelopes.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export { ENVELOPE_401 };

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

/** Every route a test may ask for: the contract's statuses and the faults of real networks. */
export const routes: Record<string, Handler> = {
  '/ok': json(200, { cohorts: [{ id: 1, name: 'Sports fans' }] }),
  '/ok-html': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>Sign in to Wi-Fi</title>');
  },
  '/no-content': (_req, res) => {
    res.writeHead(204);
    res.end();
  },
  '/envelope-401': json(401, ENVELOPE_401, { 'x-request-id': 'header-id-ignored' }),
  '/html-502': (_req, res) => {
    res.writeHead(502, { 'content-type': 'text/html', server: 'nginx/1.25.3' });
    res.end(PROXY_502_HTML);
  },
  '/empty-503': (_req, res) => {
    res.writeHead(503, { 'retry-after': '120', 'x-request-id': 'req-503' });
    res.end();
  },
  '/truncated': json(500, '{"request_id":"trunc-1","error":{"status":"Internal Serv', {
    'request-id': 'hdr-trunc',
  }),
  '/text-plain-400': (_req, res) => {
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end(
      JSON.stringify({
        request_id: 'plain-1',
        error: {
          status: 'BadRequest',
          code: 1002,
          message: 'The provided request body was not structured as expected.',
        },
      }),
    );
  },
  '/bom-404': (_req, res) => {
    res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
    res.end(
      `\uFEFF${JSON.stringify({ requestId: 'bom-1', error: { status: 'Not Found', code: 3000, message: 'The requested resource does not exist.' } })}`,
    );
  },
  '/big-500': (_req, res) => {
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        request_id: 'big-1',
        error: {
          status: 'InternalServerError',
          code: 5000,
          message: 'An error of unspecified nature was encountered.',
          cause: 'x'.repeat(5 * 1024 * 1024),
        },
      }),
    );
  },
  '/rate-limited': json(
    429,
    {
      request_id: 'rl-1',
      error: { status: 'Too Many Requests', code: 1000, message: 'Slow down.' },
    },
    { 'retry-after': 'Wed, 21 Oct 2099 07:28:00 GMT' },
  ),
  '/reset': (req) => req.socket.destroy(),
  '/reset-mid-body': (req, res) => {
    res.writeHead(500, {
      'content-type': 'application/json',
      'content-length': '1000',
      'x-request-id': 'mid-1',
    });
    res.write('{"request_id":"mid-1","error":');
    setTimeout(() => req.socket.destroy(), 20);
  },
  '/hang': () => {
    // Never answers: the client must give up.
  },
  // Permutive's Taxonomy API answers some 400s as plain text.
  '/plain-text-400': (_req, res) => {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'x-request-id': 'plain-2' });
    res.end(`${PLAIN_TEXT_400}\n`);
  },
  // Headers, then a body that never comes.
  '/stalled-401': (_req, res) => {
    res.writeHead(401, { 'content-type': 'application/json', 'x-request-id': 'stalled-1' });
    res.write('{"error":');
  },
  '/slow-body': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"slow":');
  },
};

export interface TestServer {
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Starts the fault server on 127.0.0.1 on a free port. */
export async function startServer(extra: Record<string, Handler> = {}): Promise<TestServer> {
  const all = { ...routes, ...extra };
  const server = createServer((req, res) => {
    // Chromium tests fetch from the page's own origin: let them read every answer.
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-expose-headers', '*');
    const handler = all[new URL(req.url ?? '/', 'http://x').pathname];
    if (handler) handler(req, res);
    else
      json(404, {
        request_id: 'nf',
        error: { status: 'NotFound', code: 3000, message: 'No route.' },
      })(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
