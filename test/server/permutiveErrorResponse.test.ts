import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  createModel,
  PermutiveError,
  permutiveEnvelopeSchema,
  permutiveFetch,
  readPermutiveError,
} from '../../src/core/index.js';
import { permutiveErrorResponse } from '../../src/server/index.js';
import { unauthorized } from '../support/models.js';
import { ENVELOPE_401, startServer, type TestServer } from '../support/server.js';

let upstream: TestServer;
beforeAll(async () => {
  upstream = await startServer();
});
afterAll(() => upstream.close());

/** A backend route relaying whatever its call to Permutive threw. */
async function relay(path: string): Promise<Response> {
  try {
    await permutiveFetch(upstream.url(path), { timeoutMs: 300 });
    return Response.json({ ok: true });
  } catch (error) {
    return permutiveErrorResponse(error);
  }
}

describe('permutiveErrorResponse relaying a real upstream', () => {
  it('relays the documented 401 envelope: status, body, request id in body and header', async () => {
    const response = await relay('/envelope-401');
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-request-id')).toBe('e2cef6f6-296d-4044-b362-73fb2bce4a72');
    expect(await response.json()).toEqual(ENVELOPE_401);
  });

  it('reads back as the same model the decoder gave', async () => {
    const model = await readPermutiveError(await relay('/envelope-401'));
    expect(model).toEqual(unauthorized);
  });

  it('passes on Retry-After and the header request id of an empty 503', async () => {
    const response = await relay('/empty-503');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('120');
    expect(response.headers.get('x-request-id')).toBe('req-503');
    const model = await readPermutiveError(response);
    expect([model.kind, model.retryAfterMs, model.requestId]).toEqual([
      'server',
      120_000,
      'req-503',
    ]);
  });

  it('answers 502 for a proxy HTML page, keeping its status', async () => {
    const response = await relay('/html-502');
    expect(response.status).toBe(502);
    expect((await response.json()).error.status).toBe('Bad Gateway');
  });

  it('answers 502 Bad Gateway when the upstream cannot be reached', async () => {
    const response = await relay('/reset');
    expect(response.status).toBe(502);
    const body = await response.json();
    expect(body).toEqual({
      request_id: null,
      error: { status: 'Bad Gateway', code: null, message: null, docs: null },
    });
  });

  it('answers 504 Gateway Timeout when the upstream hangs', async () => {
    const response = await relay('/hang');
    expect(response.status).toBe(504);
    expect((await response.json()).error.status).toBe('Gateway Timeout');
  });
});

describe('permutiveErrorResponse relaying an upstream body that failed its schema', () => {
  const Cohorts = z.object({ cohorts: z.array(z.object({ id: z.int(), size: z.number() })) });

  it("answers 502 Bad Gateway with the schema's complaint as cause, in a valid envelope", async () => {
    let response: Response | undefined;
    try {
      await permutiveFetch(upstream.url('/ok'), { schema: Cohorts });
    } catch (error) {
      expect((error as PermutiveError).model).toMatchObject({
        kind: 'invalid-response',
        status: 200,
      });
      response = permutiveErrorResponse(error);
    }
    expect(response?.status).toBe(502);
    const body = await response?.json();
    expect(body).toEqual({
      request_id: null,
      error: {
        status: 'Bad Gateway',
        code: null,
        message: null,
        cause: 'The response did not match the expected schema: cohorts[0].size: expected number.',
        docs: null,
      },
    });
    expect(permutiveEnvelopeSchema.safeParse(body).success).toBe(true);
  });
});

describe('permutiveErrorResponse statuses', () => {
  it('answers 500 for a failure that has no status (a bug in the backend)', async () => {
    const response = permutiveErrorResponse(new Error('Cannot read properties of undefined'));
    expect(response.status).toBe(500);
    expect((await response.json()).error.status).toBe('Internal Server Error');
  });

  it('answers 502 for an upstream status that is not an error', () => {
    expect(permutiveErrorResponse(createModel('unknown', { status: 200 })).status).toBe(502);
  });

  it('names an unlisted status by its class', async () => {
    const response = permutiveErrorResponse(createModel('bad-request', { status: 422 }));
    expect(response.status).toBe(422);
    expect((await response.json()).error.status).toBe('Client Error');
  });

  it('lets init override the status and add headers, keeping its own where init has none', () => {
    const response = permutiveErrorResponse(
      createModel('server', { status: 503, requestId: 'r1' }),
      {
        status: 500,
        headers: { 'x-trace': 't-1', 'cache-control': 'private' },
      },
    );
    expect(response.status).toBe(500);
    expect(response.headers.get('x-trace')).toBe('t-1');
    expect(response.headers.get('cache-control')).toBe('private');
    expect(response.headers.get('x-request-id')).toBe('r1');
  });

  it('is not cached by default', () => {
    expect(permutiveErrorResponse(new Error('x')).headers.get('cache-control')).toBe('no-store');
  });

  it('rounds a Retry-After from a date up to whole seconds', () => {
    const response = permutiveErrorResponse(
      createModel('rate-limited', { status: 429, retryAfterMs: 1500 }),
    );
    expect(response.headers.get('retry-after')).toBe('2');
  });
});

describe('permutiveErrorResponse with hostile input', () => {
  it('redacts secrets from message and cause', async () => {
    const thrown = new PermutiveError(
      createModel('bad-request', {
        status: 400,
        message: 'GET /v1/cohorts?k=sk_live_123 failed',
        cause: 'Authorization: Bearer eyJhbGciOi.secret.token was rejected',
      }),
    );
    const text = await permutiveErrorResponse(thrown).text();
    expect(text).not.toContain('sk_live_123');
    expect(text).not.toContain('eyJhbGciOi');
    expect(JSON.parse(text).error.message).toBe('GET /v1/cohorts?k=[redacted] failed');
  });

  it.each([
    'javascript:alert(1)',
    'http://developer.permutive.com/docs',
    'https://permutive.com.evil.example/docs',
    'https://user:pw@developer.permutive.com/docs',
  ])('drops an unsafe docs link (%s)', async (docs) => {
    const response = permutiveErrorResponse({ status: 400, data: { error: { docs } } });
    expect((await response.json()).error.docs).toBeNull();
  });

  it('drops an unsafe docs link from a model given directly', async () => {
    const model = { ...createModel('forbidden', { status: 403 }), docs: 'javascript:alert(1)' };
    expect((await permutiveErrorResponse(model).json()).error.docs).toBeNull();
  });

  it('keeps a request id that cannot be a header in the body only, without throwing', async () => {
    const thrown = { status: 404, data: { request_id: 'id\r\nset-cookie: a=b' } };
    const response = permutiveErrorResponse(thrown);
    expect(response.headers.get('x-request-id')).toBeNull();
    expect(response.headers.get('set-cookie')).toBeNull();
    expect((await response.json()).request_id).toBe('id\r\nset-cookie: a=b');
  });

  const trap = new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
    },
  );
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'boom'],
    ['a number', 42],
    ['a symbol', Symbol('x')],
    ['a Proxy whose reads throw', trap],
  ])('answers 500 with an envelope for %s', async (_name, thrown) => {
    const response = permutiveErrorResponse(thrown);
    expect(response.status).toBe(500);
    expect((await readPermutiveError(response)).status).toBe(500);
  });
});
