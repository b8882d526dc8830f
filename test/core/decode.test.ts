import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  configurePermutiveErrors,
  createModel,
  decodePermutiveError,
  describePermutiveError,
  PERMUTIVE_ERROR_KINDS,
  PermutiveError,
  type PermutiveErrorKind,
  safeDocsUrl,
  shouldRetry,
} from '../../src/core/index.js';
import { expectModelShape } from '../support/model-shape.js';

const envelope = (error: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  request_id: 'req-1',
  error: {
    status: 'Unauthorized',
    code: 2000,
    message: 'The API key provided is invalid.',
    docs: 'https://developer.permutive.com/docs/errors/401/2000',
    ...error,
  },
  ...extra,
});

/** An axios-style error, as axios 1.x builds it. */
const axiosError = (status: number, data: unknown, headers: unknown = {}) =>
  Object.assign(new Error(`Request failed with status code ${status}`), {
    isAxiosError: true,
    name: 'AxiosError',
    code: status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST',
    response: { status, statusText: '', headers, data, config: {} },
  });

const fromStatus = (status: number) => decodePermutiveError(new Response('', { status }));

describe('kinds', () => {
  it.each<[number, PermutiveErrorKind, boolean]>([
    [400, 'bad-request', false],
    [401, 'unauthorized', false],
    [403, 'forbidden', false],
    [404, 'not-found', false],
    [408, 'timeout', true],
    [409, 'bad-request', false],
    [410, 'not-found', false],
    [422, 'bad-request', false],
    [429, 'rate-limited', true],
    [500, 'server', true],
    [502, 'server', true],
    [503, 'server', true],
    [504, 'server', true],
    [599, 'server', true],
  ])('status %i is %s (retryable: %s)', (status, kind, retryable) => {
    const model = fromStatus(status);
    expect(model).toMatchObject({ status, kind, retryable });
  });

  it('a status that is not an error is unknown', () => {
    expect(fromStatus(200)).toMatchObject({ status: 200, kind: 'unknown', retryable: false });
  });

  it.each([
    ['Failed to fetch'],
    ['NetworkError when attempting to fetch resource.'],
    ['Load failed'],
    ['fetch failed'],
  ])('fetch TypeError %j is network and retryable', (message) => {
    expect(decodePermutiveError(new TypeError(message))).toMatchObject({
      kind: 'network',
      status: null,
      retryable: true,
    });
  });

  it('a TypeError from a bug is not mistaken for a network failure', () => {
    expect(
      decodePermutiveError(new TypeError("Cannot read properties of undefined (reading 'x')")).kind,
    ).toBe('unknown');
  });

  it('a real fetch to a closed port is network', async () => {
    const thrown = await fetch('http://127.0.0.1:1/').catch((e: unknown) => e);
    expect(decodePermutiveError(thrown).kind).toBe('network');
  });

  it('AbortError is aborted and not retryable; TimeoutError is timeout', () => {
    const controller = new AbortController();
    controller.abort();
    expect(decodePermutiveError(controller.signal.reason)).toMatchObject({
      kind: 'aborted',
      retryable: false,
    });
    expect(decodePermutiveError(new DOMException('timed out', 'TimeoutError'))).toMatchObject({
      kind: 'timeout',
      retryable: true,
    });
  });

  it.each([
    ['ECONNABORTED', 'timeout'],
    ['ETIMEDOUT', 'timeout'],
    ['ERR_NETWORK', 'network'],
    ['ERR_CANCELED', 'aborted'],
  ])('axios code %s without a response is %s', (code, kind) => {
    const error = Object.assign(new Error('x'), {
      isAxiosError: true,
      name: code === 'ERR_CANCELED' ? 'CanceledError' : 'AxiosError',
      code,
    });
    expect(decodePermutiveError(error).kind).toBe(kind);
  });

  it('anything else is unknown and never a crash', () => {
    for (const value of [
      new Error('boom'),
      'oops',
      null,
      undefined,
      42,
      Symbol('s'),
      () => 1,
      [],
      {},
    ]) {
      expect(decodePermutiveError(value)).toEqual({
        kind: 'unknown',
        status: null,
        code: null,
        message: null,
        cause: null,
        docs: null,
        requestId: null,
        retryable: false,
        retryAfterMs: null,
      });
    }
  });

  it('an error wrapping a network failure as its cause is network', () => {
    const wrapped = new Error('load cohorts failed', { cause: new TypeError('Failed to fetch') });
    expect(decodePermutiveError(wrapped).kind).toBe('network');
  });
});

describe('the envelope', () => {
  it('decodes every field of the documented envelope', () => {
    const model = decodePermutiveError(
      axiosError(401, { ...envelope({ cause: 'This key does not exist.' }) }),
    );
    expect(model).toEqual({
      kind: 'unauthorized',
      status: 401,
      code: 2000,
      message: 'The API key provided is invalid.',
      cause: 'This key does not exist.',
      docs: 'https://developer.permutive.com/docs/errors/401/2000',
      requestId: 'req-1',
      retryable: false,
      retryAfterMs: null,
    });
  });

  it.each([
    ['Bad Request', 400],
    ['BadRequest', 400],
    ['badrequest', 400],
    ['BAD REQUEST', 400],
    ['Internal Server Error', 500],
    ['InternalServerError', 500],
    ['Service Unavailable', 503],
    ['Not Found', 404],
    ['Forbidden', 403],
  ])('a raw envelope with status text %j has status %i', (text, status) => {
    expect(decodePermutiveError(envelope({ status: text })).status).toBe(status);
  });

  it('a raw envelope with unmatched status text has no status', () => {
    expect(decodePermutiveError(envelope({ status: 'Teapot-ish' }))).toMatchObject({
      status: null,
      kind: 'unknown',
      code: 2000,
    });
  });

  it('the HTTP status wins over the body status text (Identity 403 saying Unauthorized)', () => {
    const model = decodePermutiveError(
      axiosError(403, envelope({ status: 'Unauthorized', code: 2001 })),
    );
    expect(model).toMatchObject({ status: 403, kind: 'forbidden', code: 2001 });
  });

  it('tolerates unknown members (Cohorts API type and status_code)', () => {
    const body = envelope(
      {
        type: 'https://developer.permutive.com/errors/bad-request',
        status_code: 400,
        status: 'Bad Request',
        code: 1000,
      },
      { extra: [1, 2] },
    );
    expect(decodePermutiveError(axiosError(400, body))).toMatchObject({
      kind: 'bad-request',
      status: 400,
      code: 1000,
      requestId: 'req-1',
    });
  });

  it('accepts camelCase requestId (Taxonomy API)', () => {
    const { request_id: _, ...rest } = envelope({});
    expect(decodePermutiveError(axiosError(401, { ...rest, requestId: 'camel-1' })).requestId).toBe(
      'camel-1',
    );
  });

  it('parses a JSON body given as text, with a byte-order mark', () => {
    const text = `\uFEFF${JSON.stringify(envelope({ status: 'Bad Request', code: 1003 }))}`;
    expect(decodePermutiveError(axiosError(400, text))).toMatchObject({
      code: 1003,
      requestId: 'req-1',
    });
  });

  it('salvages each field on its own', () => {
    const body = {
      request_id: 12,
      error: {
        status: 'Bad Request',
        code: '1001',
        message: ['no'],
        cause: 'Field x is wrong.',
        docs: 5,
      },
    };
    const model = decodePermutiveError(axiosError(400, body));
    expect(model).toMatchObject({
      status: 400,
      code: null,
      message: null,
      cause: 'Field x is wrong.',
      docs: null,
      requestId: null,
    });
  });

  it('salvages what it can when one getter throws', () => {
    const error = {
      status: 'Bad Request',
      code: 1000,
      get message(): string {
        throw new Error('trap');
      },
    };
    const model = decodePermutiveError({ request_id: 'g-1', error });
    expect(model.kind).toBe('bad-request');
    expect(model.code).toBe(1000);
    expect(model.requestId).toBe('g-1');
    expect(model.message).toBeNull();
  });

  it('rejects non-integer codes', () => {
    expect(decodePermutiveError(envelope({ code: 1000.5 })).code).toBeNull();
    expect(decodePermutiveError(envelope({ code: Number.NaN })).code).toBeNull();
  });
});

describe('request id', () => {
  it('comes from the body first, then x-request-id, then request-id', () => {
    expect(
      decodePermutiveError(axiosError(500, envelope({}), { 'x-request-id': 'h' })).requestId,
    ).toBe('req-1');
    expect(decodePermutiveError(axiosError(500, 'nope', { 'X-Request-Id': 'h-1' })).requestId).toBe(
      'h-1',
    );
    expect(decodePermutiveError(axiosError(500, '', { 'request-id': 'h-2' })).requestId).toBe(
      'h-2',
    );
    const headers = new Headers({ 'Request-Id': 'h-3' });
    expect(decodePermutiveError(new Response('', { status: 502, headers })).requestId).toBe('h-3');
    expect(decodePermutiveError(axiosError(500, '')).requestId).toBeNull();
  });

  it('reads axios AxiosHeaders through get()', () => {
    const headers = { get: (name: string) => (name === 'x-request-id' ? 'ax-1' : undefined) };
    expect(decodePermutiveError(axiosError(500, null, headers)).requestId).toBe('ax-1');
  });
});

describe('Retry-After', () => {
  it('reads seconds', () => {
    expect(decodePermutiveError(axiosError(429, '', { 'retry-after': '30' })).retryAfterMs).toBe(
      30_000,
    );
    expect(decodePermutiveError(axiosError(503, '', { 'retry-after': '0' })).retryAfterMs).toBe(0);
  });

  it('reads an HTTP date as the time from now', () => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    const ms = decodePermutiveError(axiosError(503, '', { 'retry-after': at })).retryAfterMs;
    expect(ms).toBeGreaterThan(55_000);
    expect(ms).toBeLessThanOrEqual(60_000);
  });

  it('a date in the past means now', () => {
    expect(
      decodePermutiveError(axiosError(503, '', { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' }))
        .retryAfterMs,
    ).toBe(0);
  });

  it.each(['', 'soon', '-5', '1.5', '9'.repeat(400), 'null'])('unreadable %j is null', (value) => {
    expect(
      decodePermutiveError(axiosError(503, '', { 'retry-after': value })).retryAfterMs,
    ).toBeNull();
  });

  it('absent is null', () => {
    expect(fromStatus(503).retryAfterMs).toBeNull();
  });
});

describe('RateLimit-Reset and X-RateLimit-Reset, where Retry-After is absent', () => {
  afterEach(() => vi.useRealTimers());
  const asked = (headers: Record<string, string>) =>
    decodePermutiveError(axiosError(429, '', headers)).retryAfterMs;

  it('reads seconds from now', () => {
    expect(asked({ 'ratelimit-reset': '20' })).toBe(20_000);
    expect(asked({ 'x-ratelimit-reset': '45' })).toBe(45_000);
  });

  it('reads X-RateLimit-Reset as a Unix time in seconds when it is one', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 2, 10, 0, 0) });
    // 2026-12-02 10:02:00 UTC: two minutes on.
    expect(asked({ 'x-ratelimit-reset': '1796205720' })).toBe(120_000);
    // A reset time already past means now.
    expect(asked({ 'x-ratelimit-reset': '1796205000' })).toBe(0);
  });

  it('prefers Retry-After, then RateLimit-Reset', () => {
    expect(asked({ 'retry-after': '5', 'ratelimit-reset': '60', 'x-ratelimit-reset': '90' })).toBe(
      5000,
    );
    expect(asked({ 'ratelimit-reset': '60', 'x-ratelimit-reset': '90' })).toBe(60_000);
  });

  it.each(['', 'soon', '-5', '1.5', 'Wed, 21 Oct 2015 07:28:00 GMT'])(
    'unreadable %j is null',
    (value) => {
      expect(asked({ 'ratelimit-reset': value })).toBeNull();
      expect(asked({ 'x-ratelimit-reset': value })).toBeNull();
    },
  );
});

describe('safe docs links', () => {
  afterEach(() => configurePermutiveErrors({ docsHosts: [] }));

  it.each([
    'https://developer.permutive.com/docs/errors/401/2000',
    'https://docs.permutive.com/api/errors',
    'https://developer.permutive.com/reference#errors',
    'https://permutive.com/x',
    'https://DEVELOPER.Permutive.COM/docs',
  ])('keeps %s', (docs) => {
    expect(decodePermutiveError(envelope({ docs })).docs).toBe(new URL(docs).href);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://developer.permutive.com/docs',
    '/docs/errors',
    '//developer.permutive.com/docs',
    'https://permutive.com.evil.com/docs',
    'https://evilpermutive.com/docs',
    'https://user:pass@developer.permutive.com/docs',
    'https://user@developer.permutive.com/docs',
    'https://:secret@developer.permutive.com/docs',
    'https://developer.permutive.com@evil.com/docs',
    'https://xn--prmutive-g2a.com/',
    'not a url',
    '',
  ])('drops %s', (docs) => {
    expect(decodePermutiveError(envelope({ docs })).docs).toBeNull();
  });

  it('keeps a link its redaction would break only if it is still a safe link', () => {
    // A host named like a secret: redacting it leaves "https://api_key=[redacted]", no URL.
    const broken = decodePermutiveError(envelope({ docs: 'https://api_key=abc.permutive.com/x' }));
    expect(broken.docs).toBeNull();
    expect(decodePermutiveError(broken)).toBe(broken);
    const query = decodePermutiveError(
      envelope({ docs: 'https://developer.permutive.com/x?token=abc' }),
    );
    expect(query.docs).toBe('https://developer.permutive.com/x?token=[redacted]');
    expect(decodePermutiveError(query)).toBe(query);
  });

  it('widens the allow-list by configuration, never to non-https', () => {
    configurePermutiveErrors({ docsHosts: ['Help.Example.com'] });
    expect(safeDocsUrl('https://help.example.com/errors')).toBe('https://help.example.com/errors');
    expect(safeDocsUrl('https://kb.help.example.com/e')).toBe('https://kb.help.example.com/e');
    expect(safeDocsUrl('http://help.example.com/errors')).toBeNull();
    expect(safeDocsUrl('https://developer.permutive.com/x')).not.toBeNull();
    expect(safeDocsUrl('https://example.com/errors')).toBeNull();
  });
});

describe('one thrown value, one model (issue 18)', () => {
  it.each<[string, () => unknown]>([
    ["axios's error", () => axiosError(401, envelope({}), { 'retry-after': '5' })],
    ['a failed fetch', () => new TypeError('Failed to fetch')],
    ['a plain envelope', () => envelope({})],
    ['a Response', () => new Response('', { status: 503 })],
    ['a wrapper with a cause', () => new Error('wrapped', { cause: axiosError(500, {}) })],
    ['a function with a status', () => Object.assign(() => {}, { status: 404 })],
  ])('decodes %s to the same model every time', (_what, make) => {
    const thrown = make();
    const model = decodePermutiveError(thrown);
    expect(decodePermutiveError(thrown)).toBe(model);
    expect(decodePermutiveError(thrown)).toBe(model);
  });

  it('checks a structured clone of a model once, then gives that model again', () => {
    const model = decodePermutiveError(axiosError(401, envelope({})));
    const clone = structuredClone(model);
    const checked = decodePermutiveError(clone);
    expect(checked).not.toBe(clone);
    expect(checked).toEqual({
      kind: 'unauthorized',
      status: 401,
      code: 2000,
      message: 'The API key provided is invalid.',
      cause: null,
      docs: 'https://developer.permutive.com/docs/errors/401/2000',
      requestId: 'req-1',
      retryable: false,
      retryAfterMs: null,
    });
    expect(decodePermutiveError(clone)).toBe(checked);
  });

  it('rebuilds a Proxy over a model the kit made', () => {
    const model = decodePermutiveError(axiosError(401, envelope({})));
    const proxy = new Proxy(model, {});
    expect(decodePermutiveError(proxy)).not.toBe(proxy);
    expect(decodePermutiveError(proxy)).toEqual(model);
  });
});

describe('what it is given', () => {
  it('returns a model it produced before unchanged, even after a structured clone', () => {
    const model = decodePermutiveError(
      axiosError(401, envelope({ cause: 'c' }), { 'retry-after': '5' }),
    );
    expect(decodePermutiveError(model)).toBe(model);
    const clone = structuredClone(model);
    expect(decodePermutiveError(clone)).toEqual(model);
  });

  it("returns the kit's own error's model", () => {
    const model = createModel('forbidden', { status: 403, code: 2001 });
    expect(decodePermutiveError(new PermutiveError(model))).toBe(model);
  });

  it('reads a ky-style error holding a Response', () => {
    const response = new Response('{}', {
      status: 404,
      headers: { 'x-request-id': 'ky-1', 'retry-after': '3' },
    });
    const error = Object.assign(new Error('Request failed with status code 404 Not Found'), {
      name: 'HTTPError',
      response,
    });
    expect(decodePermutiveError(error)).toMatchObject({
      kind: 'not-found',
      status: 404,
      requestId: 'ky-1',
      retryAfterMs: 3000,
      message: null,
    });
  });

  it('reads an SWR-style error with status and info', () => {
    const error = Object.assign(new Error('An error occurred while fetching the data.'), {
      status: 404,
      info: envelope({ status: 'Not Found', code: 3000 }),
    });
    expect(decodePermutiveError(error)).toMatchObject({
      kind: 'not-found',
      status: 404,
      code: 3000,
    });
  });

  it("never takes a JavaScript error's own message for the server's", () => {
    expect(
      decodePermutiveError(Object.assign(new Error('internal detail'), { status: 500 })).message,
    ).toBeNull();
  });

  it('reads a gateway body with a top-level message', () => {
    expect(decodePermutiveError(axiosError(403, { message: 'Forbidden' })).message).toBe(
      'Forbidden',
    );
  });

  it('treats blank text as absent, falling through to the next candidate (Spring Boot)', () => {
    const spring = {
      timestamp: '2026-01-01T00:00:00Z',
      status: 500,
      error: 'Internal Server Error',
      message: '',
      path: '/x',
    };
    expect(decodePermutiveError(axiosError(500, spring)).message).toBe('Internal Server Error');
    const blank = decodePermutiveError(
      axiosError(400, envelope({ message: '   ', cause: '' }, { request_id: ' ' })),
    );
    expect(blank).toMatchObject({ message: null, cause: null, requestId: null, code: 2000 });
  });

  it.each<[string, unknown, Record<string, unknown>]>([
    [
      'RFC 7807 problem',
      { type: 'about:blank', title: 'Not Found', status: 404, detail: 'Cohort 12 not found' },
      { kind: 'not-found', status: 404, message: 'Cohort 12 not found' },
    ],
    [
      'Google-style envelope',
      axiosError(403, {
        error: { code: 403, message: 'No permission', status: 'PERMISSION_DENIED' },
      }),
      { kind: 'forbidden', status: 403, message: 'No permission' },
    ],
    [
      'Envoy text 503',
      axiosError(503, 'upstream connect error or disconnect/reset before headers'),
      { kind: 'server', message: null },
    ],
    [
      'Cloudflare 522 page',
      axiosError(522, '<!DOCTYPE html><title>Connection timed out</title>'),
      { kind: 'server', status: 522 },
    ],
    [
      'string code (Vercel)',
      axiosError(404, { error: { code: '404', message: 'The page could not be found' } }),
      { code: null, message: 'The page could not be found' },
    ],
  ])('reads a %s', (_name, thrown, expected) => {
    expect(decodePermutiveError(thrown)).toMatchObject(expected);
  });

  it('survives a Proxy whose every trap throws', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const hostile = new Proxy(
      {},
      { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap },
    );
    expect(decodePermutiveError(hostile).kind).toBe('unknown');
    expect(decodePermutiveError({ response: hostile }).kind).toBe('unknown');
  });

  it('survives cyclic objects', () => {
    const cyclic: Record<string, unknown> = { error: {} };
    (cyclic.error as Record<string, unknown>).self = cyclic;
    cyclic.cause = cyclic;
    expect(decodePermutiveError(cyclic).kind).toBe('unknown');
  });

  it('reads a JSON envelope thrown as a string', () => {
    expect(
      decodePermutiveError(JSON.stringify(envelope({ status: 'Forbidden', code: 2001 }))),
    ).toMatchObject({ status: 403, code: 2001 });
  });
});

describe("issue 17: failures as today's runtimes and clients give them", () => {
  it('an Error from another realm is an error, not a server envelope: its text is not the message', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext(
      "new Error('connect ECONNREFUSED 10.20.30.40:5432 (db-primary.internal)')",
    ) as unknown;
    expect(foreign instanceof Error).toBe(false);
    expect(decodePermutiveError(foreign)).toMatchObject({ kind: 'unknown', message: null });
    const withStatus = runInNewContext(
      "Object.assign(new Error('upstream said: db-primary.internal refused'), { status: 503 })",
    ) as unknown;
    expect(decodePermutiveError(withStatus)).toMatchObject({
      kind: 'server',
      status: 503,
      message: null,
    });
  });

  it("axios with a caller's AbortSignal.timeout() is a timeout, not an abort", async () => {
    const { default: axios } = await import('axios');
    const { startServer } = await import('../support/server.js');
    const server = await startServer();
    try {
      const thrown = await axios
        .get(server.url('/hang'), { signal: AbortSignal.timeout(50) })
        .catch((error: unknown) => error);
      expect(decodePermutiveError(thrown)).toMatchObject({ kind: 'timeout', retryable: true });
      const cancelled = new AbortController();
      const pending = axios.get(server.url('/hang'), { signal: cancelled.signal });
      cancelled.abort();
      expect(decodePermutiveError(await pending.catch((error: unknown) => error)).kind).toBe(
        'aborted',
      );
    } finally {
      server.close();
    }
  });

  it('drops bidi overrides and control characters from every text, keeping tabs and line breaks', () => {
    const model = decodePermutiveError({
      request_id: 'req-\u202E1-\u0007x',
      error: {
        status: 'BadRequest',
        code: 1000,
        message: 'Invoice \u202Efdp.exe\u202C rejected\u0000',
        cause: 'line one\n\tline two\u2066\u2069\u009B\u000Bthree\u000Cfour\u0085five',
      },
    });
    expect(model).toMatchObject({
      message: 'Invoice fdp.exe rejected',
      cause: 'line one\n\tline two\nthree\nfour\nfive',
      requestId: 'req-1-x',
    });
  });

  it('a model made by hand keeps only a safe integer code', () => {
    expect(createModel('bad-request', { code: 1e300 }).code).toBeNull();
    expect(createModel('bad-request', { code: 2 ** 53 }).code).toBeNull();
    expect(createModel('bad-request', { code: 1000 }).code).toBe(1000);
  });

  it('a three-digit subcode is not read as an HTTP status', () => {
    const model = decodePermutiveError({
      response: {
        status: 429,
        data: { error: { status: 'TooManyRequests', code: 504, message: 'Slow down.' } },
      },
    });
    expect(model).toMatchObject({ kind: 'rate-limited', code: 504 });
    expect(describePermutiveError(model).title).toBe('Too many requests');
  });
});

describe('a TypeError is a network failure only with a fetch failure message', () => {
  it.each([
    ['Chrome', 'Failed to fetch'],
    ['Chrome, a body cut mid-stream', 'network error'],
    ['Firefox', 'NetworkError when attempting to fetch resource.'],
    ['Safari 17+', 'Load failed'],
    ['Safari 18.4+', 'Load failed (api.permutive.com)'],
    ['Chrome 142+, with the host', 'Failed to fetch (api.permutive.app)'],
    [
      'Firefox, as an error reporter rewrites it',
      'NetworkError when attempting to fetch resource. (api.permutive.com)',
    ],
    ['Node (undici), with the host', 'fetch failed (127.0.0.1)'],
    ['Safari 16', 'The Internet connection appears to be offline.'],
    ['Safari on iOS', 'The network connection was lost.'],
    ['Node (undici)', 'fetch failed'],
    ['Node (undici), a body cut mid-stream', 'terminated'],
    [
      'Deno',
      'error sending request for url (https://api.permutive.com/v1/cohorts): client error (Connect): tcp connect error: Connection refused (os error 111)',
    ],
    ['Bun', ' A network error occurred.'],
    ['React Native', 'Network request failed'],
    ['Cloudflare Workers', 'Network connection lost'],
  ])('%s: %j is network and retried', (_runtime, message) => {
    const error = new TypeError(message);
    expect(decodePermutiveError(error)).toMatchObject({ kind: 'network', retryable: true });
    expect(shouldRetry(0, error)).toBe(true);
  });

  it("Bun's refused connection (an Error with code ConnectionRefused) is network", () => {
    const error = Object.assign(
      new Error('Unable to connect. Is the computer able to access the url?'),
      { code: 'ConnectionRefused' },
    );
    expect(decodePermutiveError(error).kind).toBe('network');
  });

  it.each([
    'fetch is not a function',
    "Cannot read properties of undefined (reading 'fetch')",
    'networkService.fetch is not a function',
    'Failed to fetch user preferences: cache is not iterable',
    'failed to fetch',
    'Failed to fetch ',
    'load failed because x is undefined',
    'Load failed (a b)',
    'terminated is not a function',
    'network error: x is undefined',
    'Cannot convert undefined to a NetworkError',
    'processes terminated',
  ])('a bug %j stays unknown and is never retried', (message) => {
    const error = new TypeError(message);
    expect(decodePermutiveError(error)).toMatchObject({ kind: 'unknown', retryable: false });
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('a fetch failure message on an error that is not a TypeError is not network', () => {
    expect(decodePermutiveError(new Error('Failed to fetch')).kind).toBe('unknown');
    expect(decodePermutiveError(new RangeError('fetch failed')).kind).toBe('unknown');
  });
});

describe('status text', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'])(
    'inherited name %j is not a status',
    (text) => {
      const model = decodePermutiveError({ error: { status: text, code: 1000 } });
      expect(model).toMatchObject({ status: null, kind: 'unknown', code: 1000 });
      expectModelShape(model);
    },
  );
});

describe('a value shaped like a model is checked like any other input', () => {
  const mimic = {
    kind: 'unauthorized',
    status: 401,
    code: 2000,
    message: 'Sent Bearer abc123def456',
    cause: 'GET /v1?k=abc123',
    docs: 'javascript:alert(document.cookie)',
    requestId: 'req-1',
    retryable: true,
    retryAfterMs: null,
  };

  it('re-checks the docs link, derives retryable from the kind and redacts its text', () => {
    const model = decodePermutiveError(mimic);
    expect(model).not.toBe(mimic);
    expect(model).toEqual({
      kind: 'unauthorized',
      status: 401,
      code: 2000,
      message: 'Sent Bearer [redacted]',
      cause: 'GET /v1?k=[redacted]',
      docs: null,
      requestId: 'req-1',
      retryable: false,
      retryAfterMs: null,
    });
  });

  it('is not trusted when it arrives as a parsed body or inside an error', () => {
    expect(decodePermutiveError(JSON.parse(JSON.stringify(mimic))).docs).toBeNull();
    const wrapped = Object.assign(new Error('x'), { model: mimic });
    expect(decodePermutiveError(wrapped)).toMatchObject({ docs: null, retryable: false });
    const lookAlikeHost = { ...mimic, docs: 'https://permutive.com.evil.example/docs' };
    expect(decodePermutiveError(lookAlikeHost).docs).toBeNull();
  });

  it.each<[number, number | null]>([
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [Number.NEGATIVE_INFINITY, null],
    [-5000, 0],
    [1500, 1500],
  ])('normalises retryAfterMs %d to %j', (retryAfterMs, expected) => {
    expect(decodePermutiveError({ ...mimic, kind: 'server', retryAfterMs }).retryAfterMs).toBe(
      expected,
    );
    expect(createModel('server', { retryAfterMs }).retryAfterMs).toBe(expected);
  });

  // As createModel builds it: every field already what building it again would keep.
  const asBuilt = {
    kind: 'unauthorized',
    status: 401,
    code: 2000,
    message: 'The API key provided is invalid.',
    cause: null,
    docs: 'https://developer.permutive.com/docs/errors/401/2000',
    requestId: 'req-1',
    retryable: false,
    retryAfterMs: null,
  } as const;

  it('checks a frozen copy of a model like any other input, once', () => {
    const frozen = Object.freeze({ ...asBuilt });
    const model = decodePermutiveError(frozen);
    expect(model).not.toBe(frozen);
    expect(model).toEqual(asBuilt);
    expect(decodePermutiveError(frozen)).toBe(model);
    expect(decodePermutiveError(model)).toBe(model);

    const frozenMimic = Object.freeze({ ...mimic });
    expect(decodePermutiveError(frozenMimic)).not.toBe(frozenMimic);
    expect(decodePermutiveError(frozenMimic)).toMatchObject({ docs: null, retryable: false });
  });

  it('rebuilds a frozen model whose fields are getters, which could change after the check', () => {
    let reads = 0;
    const shifty = Object.freeze({
      ...mimic,
      message: 'The API key provided is invalid.',
      cause: null,
      retryable: false,
      get docs() {
        reads += 1;
        return reads > 4 ? 'javascript:alert(1)' : 'https://developer.permutive.com/docs';
      },
    });
    const model = decodePermutiveError(shifty);
    expect(model).not.toBe(shifty);
    const readsWhileDecoding = reads;
    expect(model.docs).toBe('https://developer.permutive.com/docs');
    expect(model.docs).toBe('https://developer.permutive.com/docs');
    expect(reads).toBe(readsWhileDecoding);
  });

  it.each<[string, () => object]>([
    ['an extra member', () => Object.freeze({ ...asBuilt, raw: 'x-api-key: sk_live_abc123' })],
    [
      'its own toJSON',
      () => Object.freeze({ ...asBuilt, toJSON: () => ({ raw: 'x-api-key: sk_live_abc123' }) }),
    ],
    ['a symbol member', () => Object.freeze({ ...asBuilt, [Symbol('raw')]: 'sk_live_abc123' })],
  ])('rebuilds a frozen model that carries %s, keeping only the fields', (_what, make) => {
    const frozen = make();
    const model = decodePermutiveError(frozen);
    expect(model).not.toBe(frozen);
    expect(Reflect.ownKeys(model)).toEqual(Object.keys(asBuilt));
    expect(JSON.stringify(model)).not.toContain('sk_live_abc123');
    expect(model).toEqual(asBuilt);
  });

  it.each<[string, () => object]>([
    [
      'a prototype with toJSON',
      () =>
        Object.freeze(
          Object.assign(Object.create({ toJSON: () => ({ raw: 'api_key=sk_live_abc123' }) }), {
            ...asBuilt,
          }),
        ),
    ],
    [
      'a class with a toString',
      () => {
        class Leaky {
          constructor() {
            Object.assign(this, asBuilt);
          }
          toString() {
            return 'api_key=sk_live_abc123';
          }
        }
        return Object.freeze(new Leaky());
      },
    ],
    ['no prototype', () => Object.freeze(Object.assign(Object.create(null), asBuilt))],
  ])('rebuilds a frozen model with %s as a plain object', (_what, make) => {
    const frozen = make();
    const model = decodePermutiveError(frozen);
    expect(model).not.toBe(frozen);
    expect(Object.getPrototypeOf(model)).toBe(Object.prototype);
    expect(JSON.stringify(model)).not.toContain('sk_live_abc123');
    expect(`${model}`).toBe('[object Object]');
  });

  it('rebuilds a frozen model whose field only compares equal (-0) or is hidden', () => {
    const negativeZero = Object.freeze({
      ...asBuilt,
      kind: 'server',
      retryable: true,
      retryAfterMs: -0,
    });
    expect(Object.is(decodePermutiveError(negativeZero).retryAfterMs, 0)).toBe(true);
    const { message, ...rest } = asBuilt;
    const hidden = Object.freeze(Object.defineProperty({ ...rest }, 'message', { value: message }));
    const model = decodePermutiveError(hidden);
    expect(model).not.toBe(hidden);
    expect({ ...model }.message).toBe('The API key provided is invalid.');
  });

  it('gives a kind that is one of the kinds, even when a getter answers differently later', () => {
    let reads = 0;
    const shifty = {
      ...mimic,
      get kind() {
        reads += 1;
        return reads === 1 ? 'server' : '<img src=x onerror=alert(1)>';
      },
    };
    const model = decodePermutiveError(shifty);
    expect(PERMUTIVE_ERROR_KINDS).toContain(model.kind);
    expectModelShape(model);
    expect(
      new PermutiveError({ ...asBuilt, kind: 'nonsense' as PermutiveErrorKind }).model.kind,
    ).toBe('unknown');
  });

  it('keeps a status only when it is an HTTP status', () => {
    expect(decodePermutiveError({ ...mimic, status: 4010 }).status).toBeNull();
    expect(decodePermutiveError({ ...mimic, status: 401.5 }).status).toBeNull();
  });
});

describe('Retry-After dates, strictly', () => {
  // 6 November 1994, 08:49:00 UTC: the dates below are 37 s later.
  const NOW = Date.UTC(1994, 10, 6, 8, 49, 0);
  const wait = (value: string) =>
    decodePermutiveError(axiosError(503, '', { 'retry-after': value })).retryAfterMs;
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['IMF-fixdate', 'Sun, 06 Nov 1994 08:49:37 GMT'],
    ['RFC 850', 'Sunday, 06-Nov-94 08:49:37 GMT'],
    ['asctime', 'Sun Nov  6 08:49:37 1994'],
  ])('reads %s', (_format, value) => {
    expect(wait(value)).toBe(37_000);
  });

  it('reads a two-digit RFC 850 year as at most 50 years ahead', () => {
    vi.setSystemTime(Date.UTC(2026, 0, 1));
    expect(wait('Friday, 01-Jan-99 00:00:00 GMT')).toBe(0);
    expect(wait('Tuesday, 01-Jan-30 00:00:00 GMT')).toBe(
      Date.UTC(2030, 0, 1) - Date.UTC(2026, 0, 1),
    );
  });

  it.each([
    'Jan 1 2099',
    '1 January 2099',
    '2099-01-01T00:00:00Z',
    'Tuesday 5',
    'Sun, 06 Nov 1994 08:49:37',
    'Sun, 06 Nov 1994 08:49:37 PST',
    'Sun, 6 Nov 1994 08:49:37 GMT',
    'sun, 06 nov 1994 08:49:37 gmt',
    'Sun, 31 Feb 1994 08:49:37 GMT',
    'Sun, 06 Nov 1994 25:00:00 GMT',
    'Sun, 06 Nov 1994 08:60:00 GMT',
    'Sun, 06 Nov 1994 08:49:37 GMT junk',
    'Mon, 06 Nov 1994 08:49:37 GMT',
    'Sunday, 06-Nov-94 8:49:37 GMT',
    'Sunxday, 06-Nov-94 08:49:37 GMT',
    'Sun Nov 06 08:49:37 1994 GMT',
    'Sunday, 06-Nov-1994 08:49:37 GMT',
    'Sun Nov 6 08:49:37 1994',
    '+30',
    '30s',
    '1e3',
    '3.0',
    '0x1e',
  ])('junk %j is null', (value) => {
    expect(wait(value)).toBeNull();
  });
});
