import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodePermutiveError, readPermutiveError } from '../../src/core/index.js';
import { permutiveFailure, permutiveResponse } from '../../src/testing/index.js';

// Real requests: Node's fetch, intercepted by msw as an app's tests would have it.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const URL = 'https://api.permutive.com/v2.0/cohorts';
const ID = 'e2cef6f6-296d-4044-b362-73fb2bce4a72';

/** What the kit makes of one request to `URL`: the failed response read, or the error decoded. */
async function outcome(init?: RequestInit) {
  try {
    const response = await fetch(URL, init);
    return { ok: response.ok, model: await readPermutiveError(response) };
  } catch (error) {
    return { ok: false, model: decodePermutiveError(error) };
  }
}

describe('permutiveFailure', () => {
  it.each([
    [400, undefined, 'bad-request', 1000, 'The values of one or more parameters are invalid.'],
    [400, 1002, 'bad-request', 1002, 'The provided request body was not structured as expected.'],
    [400, 1003, 'bad-request', 1003, 'A request body was expected but not found.'],
    [401, undefined, 'unauthorized', 2000, 'The API key provided is invalid.'],
    [
      401,
      2004,
      'unauthorized',
      2004,
      'The resource requires authentication, which was not supplied with the request.',
    ],
    [401, 2005, 'unauthorized', 2005, 'The supplied authentication is invalid.'],
    [
      403,
      undefined,
      'forbidden',
      2001,
      'The API key provided does not provide access to the request operation or resource.',
    ],
    [404, undefined, 'not-found', 3000, 'The requested resource does not exist.'],
    [409, undefined, 'bad-request', 4000, 'A resource with this identifier already exists.'],
    [500, undefined, 'server', 5000, 'An error of unspecified nature was encountered.'],
    [502, undefined, 'server', 5000, 'An error of unspecified nature was encountered.'],
    [503, undefined, 'server', 5000, 'An error of unspecified nature was encountered.'],
    [504, undefined, 'server', 5000, 'An error of unspecified nature was encountered.'],
  ] as const)(
    '%i (subcode %s) answers with the envelope: %s, code %i',
    async (status, code, kind, expected, message) => {
      server.use(permutiveFailure('GET */v2.0/cohorts', status, { code }));
      const { model } = await outcome();
      expect(model).toMatchObject({
        kind,
        status,
        code: expected,
        message,
        requestId: ID,
        docs: `https://developer.permutive.com/docs/errors/${status}/${expected}`,
        retryAfterMs: null,
      });
    },
  );

  it('sets the request id, message and cause it is given', async () => {
    server.use(
      permutiveFailure(URL, 401, {
        requestId: 'req-42',
        message: 'Key revoked.',
        cause: 'Rotated.',
      }),
    );
    const { model } = await outcome({ method: 'POST' });
    expect(model).toMatchObject({
      kind: 'unauthorized',
      requestId: 'req-42',
      message: 'Key revoked.',
      cause: 'Rotated.',
    });
  });

  it('answers a 429 with Retry-After when given one, and without it by default', async () => {
    server.use(permutiveFailure(URL, 429, { retryAfter: 3 }));
    expect((await outcome()).model).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      code: 1000,
      requestId: ID,
      retryable: true,
      retryAfterMs: 3000,
    });
    server.resetHandlers(permutiveFailure(URL, 429));
    expect((await outcome()).model).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      retryAfterMs: null,
    });
  });

  it("answers a proxy's HTML 502: a server error with no message, the id from the header", async () => {
    server.use(permutiveFailure(URL, 'html-502', { requestId: 'edge-1' }));
    expect((await outcome()).model).toMatchObject({
      kind: 'server',
      status: 502,
      code: null,
      message: null,
      requestId: 'edge-1',
    });
  });

  it('answers a text/plain 400 whose text is the message', async () => {
    server.use(permutiveFailure(URL, 'plain-text-400'));
    const response = await fetch(URL);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await readPermutiveError(response)).toMatchObject({
      kind: 'bad-request',
      status: 400,
      code: null,
      message: 'Invalid taxonomy id: abc',
    });
    server.resetHandlers(permutiveFailure(URL, 'plain-text-400', { message: 'Unknown node 7' }));
    expect((await outcome()).model.message).toBe('Unknown node 7');
  });

  it('drops the connection: a network failure', async () => {
    server.use(permutiveFailure(URL, 'network'));
    expect((await outcome()).model).toMatchObject({
      kind: 'network',
      status: null,
      retryable: true,
    });
  });

  it('never answers: a request with a timeout signal times out', async () => {
    server.use(permutiveFailure(URL, 'hang'));
    const { model } = await outcome({ signal: AbortSignal.timeout(50) });
    expect(model).toMatchObject({ kind: 'timeout', status: null });
  });

  it('fails the first `times` requests, then lets the next handler answer', async () => {
    server.use(http.get(URL, () => HttpResponse.json([{ id: 1 }])));
    server.use(permutiveFailure('GET */v2.0/cohorts', 503, { times: 2 }));
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await fetch(URL)).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('matches the method it names and lets the others through', async () => {
    server.use(http.all(URL, () => HttpResponse.json([])));
    server.use(permutiveFailure('DELETE */v2.0/cohorts', 404));
    expect((await outcome({ method: 'DELETE' })).model.kind).toBe('not-found');
    expect((await fetch(URL, { method: 'GET' })).status).toBe(200);
    expect((await fetch(URL, { method: 'delete' })).status).toBe(404);
  });
});

describe('times, when the same handler is used again', () => {
  const cohorts = http.get(URL, () => HttpResponse.json([{ id: 1 }]));
  const statuses = async (n: number) => {
    const out: number[] = [];
    for (let i = 0; i < n; i += 1) out.push((await fetch(URL)).status);
    return out;
  };

  it('counts from 0 again after server.resetHandlers()', async () => {
    const failOnce = permutiveFailure(URL, 503, { times: 1 });
    server.use(cohorts);
    server.use(failOnce);
    expect(await statuses(2)).toEqual([503, 200]);
    server.resetHandlers();
    server.use(cohorts);
    server.use(failOnce);
    expect(await statuses(2)).toEqual([503, 200]);
  });

  it('counts from 0 again after server.restoreHandlers()', async () => {
    server.use(cohorts);
    server.use(permutiveFailure(URL, 503, { times: 2 }));
    expect(await statuses(3)).toEqual([503, 503, 200]);
    server.restoreHandlers();
    expect(await statuses(3)).toEqual([503, 503, 200]);
  });

  it("fails on every visit of a story that names it in msw-storybook-addon's parameters.msw", async () => {
    // The addon's CSF 3 loader, given this test's server as its worker, as Storybook runs it.
    const loader = mswLoader(() => server as never);
    const story = { parameters: { msw: [permutiveFailure(URL, 503, { times: 1 }), cohorts] } };
    const other = { parameters: {} };
    for (const visit of [story, other, story, story]) {
      await loader(visit as never);
      if (visit === story) expect(await statuses(2)).toEqual([503, 200]);
    }
  });
});

describe('options that no response could carry', () => {
  it.each([['req-é-☃'], ['a\nb'], ['a\r\nb'], [' padded']])(
    'refuses the request id %j when the handler is made, naming the option',
    (requestId) => {
      expect(() => permutiveFailure(URL, 500, { requestId })).toThrow(TypeError);
      expect(() => permutiveFailure(URL, 500, { requestId })).toThrow(/requestId/);
      expect(() => permutiveResponse(500, { requestId })).toThrow(/requestId/);
    },
  );

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY], [1e21]])(
    'refuses retryAfter %s',
    (retryAfter) => {
      expect(() => permutiveFailure(URL, 429, { retryAfter })).toThrow(RangeError);
      expect(() => permutiveFailure(URL, 429, { retryAfter })).toThrow(/retryAfter/);
      expect(() => permutiveResponse(429, { retryAfter })).toThrow(/retryAfter/);
    },
  );

  it('rounds a fractional retryAfter up to whole seconds: never sooner than asked', async () => {
    server.use(permutiveFailure(URL, 429, { retryAfter: 1.5 }));
    const response = await fetch(URL);
    expect(response.headers.get('retry-after')).toBe('2');
    expect((await readPermutiveError(response)).retryAfterMs).toBe(2000);
    server.resetHandlers(permutiveFailure(URL, 429, { retryAfter: 0 }));
    expect((await outcome()).model.retryAfterMs).toBe(0);
  });

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY], [1e10], [2_147_483_648]])(
    'refuses delay %s',
    (delay) => {
      expect(() => permutiveFailure(URL, 503, { delay })).toThrow(RangeError);
      expect(() => permutiveFailure(URL, 503, { delay })).toThrow(/delay/);
      expect(() => permutiveResponse(503, { delay })).toThrow(/delay/);
    },
  );

  it("takes delay 'infinite': the request waits until the client gives up", async () => {
    server.use(permutiveFailure(URL, 503, { delay: 'infinite' }));
    const { model } = await outcome({ signal: AbortSignal.timeout(50) });
    expect(model).toMatchObject({ kind: 'timeout', status: null });
  });

  it.each([[-1], [Number.NaN], [1.5]])('refuses times %s', (times) => {
    expect(() => permutiveFailure(URL, 503, { times })).toThrow(RangeError);
    expect(() => permutiveFailure(URL, 503, { times })).toThrow(/times/);
  });

  it.each([['GET */v2.0/cohorts '], ['  GET */v2.0/cohorts'], ['*/v2.0/cohorts\n']])(
    'trims the route %j, which then matches',
    async (route) => {
      server.use(permutiveFailure(route, 404));
      expect((await outcome()).model).toMatchObject({ kind: 'not-found', status: 404 });
    },
  );

  it.each([[''], ['   '], ['FETCH */v2.0/cohorts'], ['GET */v2.0/co horts']])(
    'refuses the route %j, which could never match',
    (route) => {
      expect(() => permutiveFailure(route, 404)).toThrow(TypeError);
      expect(() => permutiveFailure(route, 404)).toThrow(/route/);
    },
  );
});

describe('permutiveResponse', () => {
  it('is the response for a resolver of your own', async () => {
    const response = await permutiveResponse(403, { requestId: 'own-1' });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-request-id')).toBe('own-1');
    expect(await response.json()).toEqual({
      request_id: 'own-1',
      error: {
        status: 'Forbidden',
        code: 2001,
        message:
          'The API key provided does not provide access to the request operation or resource.',
        docs: 'https://developer.permutive.com/docs/errors/403/2001',
      },
    });
  });
});
