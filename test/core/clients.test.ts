import { inspect } from 'node:util';
import { environmentManager, QueryClient } from '@tanstack/react-query';
import axios from 'axios';
import ky1, { HTTPError as Ky1HTTPError } from 'ky1';
import ky2 from 'ky2';
import { ofetch } from 'ofetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createModel,
  decodePermutiveError,
  PermutiveError,
  type PermutiveErrorModel,
  permutiveFetch,
  readPermutiveError,
} from '../../src/core/index.js';
import { permutiveQueryDefaults } from '../../src/query/presets.js';
import { unauthorized, unavailable } from '../support/models.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

// Each client as an app calls it: no retries, a timeout (short only where a test waits for it),
// the error it throws caught.
type Call = (url: string, timeoutMs?: number) => Promise<unknown>;
const kyOne: Call = (url, timeout = 5000) => ky1.get(url, { retry: 0, timeout }).json();
const CLIENTS: [string, Call][] = [
  ['ky 1', kyOne],
  ['ky 2', (url, timeout = 5000) => ky2.get(url, { retry: 0, timeout }).json()],
  ['axios', (url, timeout = 5000) => axios.get(url, { timeout })],
  ['ofetch', (url, timeout = 5000) => ofetch(url, { retry: 0, timeout })],
];

const thrownBy = (call: Call, path: string, timeoutMs?: number) =>
  call(server.url(path), timeoutMs).then(
    () => expect.fail(`expected ${path} to fail`),
    (error: unknown) => error,
  );

describe.each(CLIENTS)('readPermutiveError with the real %s', (_name, call) => {
  const read = async (path: string, timeoutMs?: number): Promise<PermutiveErrorModel> =>
    readPermutiveError(await thrownBy(call, path, timeoutMs));

  it("a 401 envelope yields the body's message, subcode and request id", async () => {
    expect(await read('/envelope-401')).toEqual(unauthorized);
  });

  it("a proxy's HTML 502 is a retryable server failure with no server message", async () => {
    expect(await read('/html-502')).toEqual({
      kind: 'server',
      status: 502,
      code: null,
      message: null,
      cause: null,
      docs: null,
      requestId: null,
      retryable: true,
      retryAfterMs: null,
    });
  });

  it('an empty 503 keeps its headers: request id and Retry-After', async () => {
    expect(await read('/empty-503')).toEqual(unavailable(120_000));
  });

  it('a dropped connection is a network failure', async () => {
    expect(await read('/reset')).toMatchObject({ kind: 'network', status: null, retryable: true });
  });

  it('a request the client gave up on is a timeout', async () => {
    expect(await read('/hang', 200)).toMatchObject({
      kind: 'timeout',
      status: null,
      retryable: true,
    });
  });
});

describe('readPermutiveError reads a ky 1 body unread by ky', () => {
  it('within maxBytes, then stops: 5 MiB of cause is not read whole', async () => {
    const error = await thrownBy(kyOne, '/big-500');
    // 64 bytes hold the request id but not the rest: the truncated text is not JSON.
    expect(await readPermutiveError(error, { maxBytes: 64 })).toMatchObject({
      kind: 'server',
      status: 500,
      requestId: null,
      cause: null,
    });
  });

  it('a body already read falls back to what the error carries', async () => {
    const error = (await thrownBy(kyOne, '/envelope-401')) as { response: Response };
    await error.response.text();
    expect(await readPermutiveError(error)).toMatchObject({
      kind: 'unauthorized',
      status: 401,
      message: null,
      requestId: 'header-id-ignored',
    });
  });
});

describe.each(CLIENTS.slice(1))('decodePermutiveError alone with %s', (_name, call) => {
  it('has the envelope, since this client read the body itself', async () => {
    expect(decodePermutiveError(await thrownBy(call, '/envelope-401'))).toMatchObject({
      code: 2000,
      requestId: 'e2cef6f6-296d-4044-b362-73fb2bce4a72',
    });
  });
});

// The TanStack Query guide's wrapper, which keeps `Register['defaultError']: PermutiveError` true.
const rethrowAsPermutiveError = async (error: unknown): Promise<never> => {
  throw new PermutiveError(await readPermutiveError(error), { cause: error });
};

describe.each(CLIENTS)('a query function calling %s, wrapped as the guide shows', (_name, call) => {
  it("fails with the kit's error, carrying the envelope and the client's error as cause", async () => {
    const client = new QueryClient();
    const error = (await client
      .fetchQuery({
        queryKey: ['me'],
        queryFn: () => call(server.url('/envelope-401')).catch(rethrowAsPermutiveError),
        retry: false,
      })
      .catch((thrown: unknown) => thrown)) as PermutiveError;
    expect(error).toBeInstanceOf(PermutiveError);
    expect(error.model).toEqual(unauthorized);
    expect(error.cause).toBeInstanceOf(Error);
    expect(client.getQueryState(['me'])?.error).toBe(error);
  });
});

describe("one retry policy: each client set up as the README's Works with table says", () => {
  // A 503 envelope without Retry-After, counting the requests that reach the server.
  let hits = 0;
  let counting: TestServer;
  beforeAll(async () => {
    // The count is a browser's: on a server the preset never retries.
    environmentManager.setIsServer(() => false);
    counting = await startServer({
      '/count-503': (_req, res) => {
        hits += 1;
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { status: 'Service Unavailable', message: 'Down.' } }));
      },
    });
  });
  afterAll(async () => {
    environmentManager.setIsServer(() => typeof window === 'undefined');
    await counting.close();
  });

  // ky and ofetch retry a 503 on their own by default (ky twice, ofetch once), inside each of the
  // kit's attempts (ofetch's default gives 8 requests here): the README turns their retries off
  // so that the kit's policy is the only one.
  const SETUPS: [string, (url: string) => Promise<unknown>][] = [
    ['fetch (permutiveFetch)', (url) => permutiveFetch(url)],
    ['axios', (url) => axios.get(url)],
    ['ky 1', (url) => ky1.get(url, { retry: 0 }).json()],
    ['ky 2', (url) => ky2.get(url, { retry: 0 }).json()],
    ['ofetch', (url) => ofetch(url, { retry: 0 })],
  ];

  it.each(SETUPS)('%s: 4 requests for a 503 (the first and 3 retries)', async (_name, call) => {
    hits = 0;
    const client = new QueryClient({
      defaultOptions: permutiveQueryDefaults({ baseDelayMs: 1, random: () => 0 }),
    });
    const failed = await client
      .fetchQuery({ queryKey: ['count'], queryFn: () => call(counting.url('/count-503')) })
      .catch((error: unknown) => decodePermutiveError(error));
    expect(failed).toMatchObject({ kind: 'server', status: 503 });
    expect(hits).toBe(4);
  });
});

describe("the kit's errors carry no secret, their cause included", () => {
  // What React's console.error and Node's loggers print of a caught error.
  const printed = (error: unknown) => inspect(error, { depth: 8 });

  it('permutiveFetch to a URL with credentials: the TypeError kept as cause, redacted', async () => {
    const url = server.url('/envelope-401').replace('http://', 'http://admin:s3cr3t-PASS@');
    const error = (await permutiveFetch(url).catch((thrown: unknown) => thrown)) as PermutiveError;
    expect(error).toBeInstanceOf(PermutiveError);
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(printed(error)).toContain('[redacted]');
    expect(printed(error)).not.toContain('s3cr3t-PASS');
  });

  it("ky 1's HTTPError for a URL with ?k=: the cause keeps its class and message, not its request", async () => {
    const thrown = await thrownBy(kyOne, '/envelope-401?k=abc123SECRET');
    const error = new PermutiveError(await readPermutiveError(thrown), { cause: thrown });
    expect(error.cause).toBeInstanceOf(Ky1HTTPError);
    expect((error.cause as Error).message).toMatch(/k=\[redacted\]/);
    expect((error.cause as { response?: unknown }).response).toBeUndefined();
    expect(printed(error)).not.toContain('abc123SECRET');
    expect(String((error.cause as Error).stack)).not.toContain('abc123SECRET');
  });

  it('a chain of causes is redacted all the way down', () => {
    const inner = new Error('connect ECONNREFUSED https://user:hunter2@db.internal');
    const outer = new Error('query failed: token=abc123SECRET', { cause: inner });
    const error = new PermutiveError(createModel('network'), { cause: outer });
    expect(printed(error)).not.toMatch(/hunter2|abc123SECRET/);
    expect(((error.cause as Error).cause as Error).message).toBe(
      'connect ECONNREFUSED https://[redacted]@db.internal',
    );
  });
});

describe("a caller's AbortSignal.timeout() is a timeout, whichever client carried it", () => {
  it.each([
    ['fetch', (url: string, signal: AbortSignal) => fetch(url, { signal })],
    ['permutiveFetch', (url: string, signal: AbortSignal) => permutiveFetch(url, { signal })],
    ['ky 1', (url: string, signal: AbortSignal) => ky1.get(url, { retry: 0, signal }).json()],
    ['ky 2', (url: string, signal: AbortSignal) => ky2.get(url, { retry: 0, signal }).json()],
    ['axios', (url: string, signal: AbortSignal) => axios.get(url, { signal })],
    ['ofetch', (url: string, signal: AbortSignal) => ofetch(url, { retry: 0, signal })],
  ])('%s', async (_name, call) => {
    const thrown = await call(server.url('/hang'), AbortSignal.timeout(50)).then(
      () => expect.fail('expected a timeout'),
      (error: unknown) => error,
    );
    expect(decodePermutiveError(thrown)).toMatchObject({ kind: 'timeout', retryable: true });
  });
});
