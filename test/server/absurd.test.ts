import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createModel, type PermutiveErrorModel, readPermutiveError } from '../../src/core/index.js';
import { permutiveErrorResponse, toPermutiveEnvelope } from '../../src/server/index.js';

// Numbers no real failure carries, given to a hand-built model and to a model-shaped object.
const ABSURD: [string, number][] = [
  ['1e300', 1e300],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['NaN', Number.NaN],
  ['-1', -1],
  ['1.5', 1.5],
  ['MAX_SAFE_INTEGER + 2', Number.MAX_SAFE_INTEGER + 2],
];

/** A plain object with a model's fields, as a cloned or parsed model would be. */
const shaped = (n: number) =>
  ({
    kind: 'rate-limited',
    status: n,
    code: n,
    message: null,
    cause: null,
    docs: null,
    requestId: 'r-1',
    retryable: true,
    retryAfterMs: n,
  }) as PermutiveErrorModel;

describe('permutiveErrorResponse with absurd numbers in a hand-built model', () => {
  // What goes over the wire for each: the Retry-After header, the body's code, the model read back.
  it.each([
    ['1e300', 1e300, null, null],
    ['Infinity', Number.POSITIVE_INFINITY, null, null],
    ['NaN', Number.NaN, null, null],
    ['-1', -1, '0', -1],
    ['1.5', 1.5, '1', null],
    ['MAX_SAFE_INTEGER + 2', Number.MAX_SAFE_INTEGER + 2, null, null],
  ] as const)(
    'writes only delay-seconds and a safe code for %s',
    async (_name, n, retryAfter, code) => {
      const response = permutiveErrorResponse(
        createModel('rate-limited', { status: 429, code: n, retryAfterMs: n, requestId: 'r-1' }),
      );
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe(retryAfter);
      expect(await response.clone().json()).toEqual({
        request_id: 'r-1',
        error: { status: 'Too Many Requests', code, message: null, docs: null },
      });
      const read = await readPermutiveError(response);
      expect([read.kind, read.status, read.code, read.requestId, read.retryAfterMs]).toEqual([
        'rate-limited',
        429,
        code,
        'r-1',
        retryAfter === null ? null : Number(retryAfter) * 1000,
      ]);
    },
  );

  it('writes the longest wait the reader takes, and leaves out one past it', () => {
    const header = (retryAfterMs: number) =>
      permutiveErrorResponse(createModel('server', { status: 503, retryAfterMs })).headers.get(
        'retry-after',
      );
    expect(header(8_999_999_999_999_000)).toBe('8999999999999');
    expect(header(9_000_000_000_000_000)).toBeNull();
    expect(header(1e21)).toBeNull();
  });
});

describe('permutiveErrorResponse with absurd numbers in a model-shaped object', () => {
  it.each(ABSURD)('answers a valid error status and envelope for %s', async (_name, n) => {
    const response = permutiveErrorResponse(shaped(n));
    // No usable status: answered as a failure without one.
    expect(response.status).toBe(500);
    const body = await response.clone().json();
    expect(body.error.status).toBe('Internal Server Error');
    expect(body.error.code === null || Number.isSafeInteger(body.error.code)).toBe(true);
    const header = response.headers.get('retry-after');
    expect(header === null || /^\d+$/.test(header)).toBe(true);
    expect(toPermutiveEnvelope(shaped(n))).toEqual(body);
    const read = await readPermutiveError(response);
    expect([read.kind, read.status, read.requestId]).toEqual(['server', 500, 'r-1']);
  });

  it('keeps a shaped model whose numbers are sane', async () => {
    const sane = { ...shaped(429), code: 4290, retryAfterMs: 30_000 };
    const response = permutiveErrorResponse(sane);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('30');
    expect((await response.json()).error.code).toBe(4290);
  });
});

describe('permutiveErrorResponse with a status in init', () => {
  it.each([
    ['1e300', 1e300],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['NaN', Number.NaN],
    ['-1', -1],
    ['1.5', 1.5],
    ['99', 99],
    ['200, not an error', 200],
    ['399', 399],
    ['600', 600],
    ['MAX_SAFE_INTEGER + 2', Number.MAX_SAFE_INTEGER + 2],
  ])('answers the relayed status instead of %s, without throwing', async (_name, status) => {
    const response = permutiveErrorResponse(createModel('server', { status: 503 }), { status });
    expect(response.status).toBe(503);
    expect((await response.json()).error.status).toBe('Service Unavailable');
  });

  it('names the status it answers with in the body, so both say the same', async () => {
    const response = permutiveErrorResponse(createModel('server', { status: 503 }), {
      status: 500,
    });
    expect(response.status).toBe(500);
    expect((await response.json()).error.status).toBe('Internal Server Error');
  });
});

describe('a relayed absurd model over real HTTP', () => {
  it('reaches a client with a readable Retry-After and body', async () => {
    const relayed = permutiveErrorResponse(
      createModel('rate-limited', { status: 429, code: 1e300, retryAfterMs: 1e300 }),
    );
    const body = await relayed.clone().text();
    const server = createServer((_req, res) => {
      res.writeHead(relayed.status, Object.fromEntries(relayed.headers));
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.headers.get('retry-after')).toBeNull();
      expect(await response.clone().text()).toBe(
        '{"request_id":null,"error":{"status":"Too Many Requests","code":null,"message":null,"docs":null}}',
      );
      const read = await readPermutiveError(response);
      expect([read.kind, read.status, read.code, read.retryAfterMs]).toEqual([
        'rate-limited',
        429,
        null,
        null,
      ]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
