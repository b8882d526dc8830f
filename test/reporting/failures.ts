import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import axios from 'axios';
import { readPermutiveError } from '../../src/index.js';

export const KEY = 'sk_live_abc123def456ghi789';
export const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXBheWxvYWQ.c2lnbmF0dXJlLXBhcnQ';
/** Text of the secrets that must never reach a reporter, and a piece of each. */
export const SECRETS = [KEY, 'abc123def456', TOKEN, 'c2VjcmV0LXBheWxvYWQ'];

// Each path answers 401 with this subcode; the body's message and cause quote the caller's key
// and token, as a careless proxy or API might. Request ids count up from req-1.
const SUBCODES: Record<string, number> = {
  '/v2/cohorts': 2000,
  '/v2/segments': 2000,
  '/v2/imports': 2005,
};

/** A real HTTP server on 127.0.0.1 and two call sites, each failing its own way. */
export async function startApi() {
  let count = 0;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    count += 1;
    const code = SUBCODES[path] ?? 2000;
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        request_id: `req-${count}`,
        error: {
          status: 'Unauthorized',
          code,
          message: `The API key provided is invalid: GET ${req.url}`,
          cause: `Authorization: ${req.headers.authorization} was rejected.`,
          docs: `https://developer.permutive.com/docs/errors/401/${code}`,
        },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const headers = { authorization: `Bearer ${TOKEN}` };
  const caught = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected the call to fail');
      },
      (error: unknown) => error,
    );
  return {
    /** Call site one: axios, whose error carries the URL and headers with the key and token. */
    loadWithAxios: (path: string, signal?: AbortSignal) =>
      caught(axios.get(`${base}${path}?api_key=${KEY}`, { headers, signal })),
    /** Call site two: fetch, and a wrapper error whose own message quotes the key and token. */
    loadWithFetch: (path: string) =>
      caught(
        (async () => {
          const url = `${base}${path}?api_key=${KEY}`;
          const response = await fetch(url, { headers });
          const model = await readPermutiveError(response);
          throw new Error(`GET ${url} with Bearer ${TOKEN} failed`, { cause: model });
        })(),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
