import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  decodePermutiveError,
  PermutiveError,
  type PermutiveErrorModel,
  permutiveFetch,
  readPermutiveError,
} from '../../src/core/index.js';
import { failure } from '../support/failure.js';
import { ENVELOPE_401, startServer, type TestServer } from '../support/server.js';

// Bodies that never end: the server writes until the client goes away, and notes when it does.
const closed: Record<string, boolean> = {};
const endless =
  (name: string, status: number, headers: Record<string, string>, first: string) =>
  (_req: unknown, res: ServerResponse) => {
    closed[name] = false;
    res.on('close', () => {
      closed[name] = true;
    });
    res.writeHead(status, headers);
    res.write(first);
    const chunk = 'x'.repeat(64 * 1024);
    const more = () => {
      while (!res.destroyed && res.write(chunk)) {}
    };
    if (name === 'flood') {
      res.on('drain', more);
      more();
    }
  };

let server: TestServer;
let hits = 0;
beforeAll(async () => {
  server = await startServer({
    '/flood-500': endless(
      'flood',
      500,
      { 'content-type': 'application/json', 'x-request-id': 'flood-1', 'retry-after': '7' },
      '{"request_id":"body-1","error":{"cause":"',
    ),
    '/drip-503': endless(
      'drip',
      503,
      { 'content-type': 'application/json', 'x-request-id': 'drip-1' },
      '{"request_id":"drip-body"',
    ),
    '/count': (_req, res) => {
      hits += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    },
  });
});
afterAll(() => server.close());

const read = async (path: string) => readPermutiveError(await fetch(server.url(path)));
describe('readPermutiveError on real responses', () => {
  it('decodes an enveloped 401, preferring the body request id over the header', async () => {
    expect(await read('/envelope-401')).toEqual({
      kind: 'unauthorized',
      status: 401,
      code: 2000,
      message: ENVELOPE_401.error.message,
      cause: ENVELOPE_401.error.cause,
      docs: ENVELOPE_401.error.docs,
      requestId: ENVELOPE_401.request_id,
      retryable: false,
      retryAfterMs: null,
    });
  });

  it('decodes an nginx HTML 502 as a retryable server error with no message', async () => {
    expect(await read('/html-502')).toMatchObject({
      kind: 'server',
      status: 502,
      code: null,
      message: null,
      retryable: true,
    });
  });

  it('reads Retry-After and the request id header of an empty 503', async () => {
    expect(await read('/empty-503')).toMatchObject({
      kind: 'server',
      status: 503,
      retryAfterMs: 120_000,
      requestId: 'req-503',
    });
  });

  it('keeps status and header request id when the JSON is truncated', async () => {
    expect(await read('/truncated')).toMatchObject({
      kind: 'server',
      status: 500,
      code: null,
      requestId: 'hdr-trunc',
    });
  });

  it('parses JSON sent as text/plain', async () => {
    expect(await read('/text-plain-400')).toMatchObject({
      kind: 'bad-request',
      code: 1002,
      requestId: 'plain-1',
    });
  });

  it('keeps a plain-text answer as the message (issue 17)', async () => {
    expect(await read('/plain-text-400')).toMatchObject({
      kind: 'bad-request',
      status: 400,
      message: 'Invalid taxonomy id: abc',
      requestId: 'plain-2',
    });
    const thrown = await failure(permutiveFetch(server.url('/plain-text-400')));
    expect(thrown.model.message).toBe('Invalid taxonomy id: abc');
    expect(thrown.message).toBe('Invalid taxonomy id: abc');
  });

  it("never takes a proxy's HTML page for a message", async () => {
    expect((await read('/html-502')).message).toBeNull();
  });

  it('stops reading a body that stalls after its headers, after 10 s by default (issue 17)', async () => {
    const response = await fetch(server.url('/stalled-401'));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let model: PermutiveErrorModel | undefined;
      void readPermutiveError(response).then((read) => {
        model = read;
      });
      await vi.advanceTimersByTimeAsync(9_999);
      expect(model).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(model).toMatchObject({ kind: 'unauthorized', status: 401, requestId: 'stalled-1' });
    } finally {
      vi.useRealTimers();
    }
  });

  it("honours a Request's own signal (issue 17)", async () => {
    const request = new Request(server.url('/hang'), { signal: AbortSignal.timeout(50) });
    expect((await failure(permutiveFetch(request))).model.kind).toBe('timeout');
    const cancelled = new AbortController();
    const pending = failure(
      permutiveFetch(new Request(server.url('/hang'), { signal: cancelled.signal })),
    );
    cancelled.abort();
    expect((await pending).model.kind).toBe('aborted');
  });

  it('tolerates a byte-order mark and camelCase requestId', async () => {
    expect(await read('/bom-404')).toMatchObject({
      kind: 'not-found',
      code: 3000,
      requestId: 'bom-1',
    });
  });

  it('reads at most the first 1 MiB of a 5 MB body, keeping status and headers', async () => {
    // The envelope is cut off inside its cause, so it is not JSON: only the response is left.
    expect(await read('/big-500')).toEqual({
      kind: 'server',
      status: 500,
      code: null,
      message: null,
      cause: null,
      docs: null,
      requestId: null,
      retryable: true,
      retryAfterMs: null,
    });
  });

  it('stops at the limit of a body that never ends and cancels it', async () => {
    const model = await read('/flood-500');
    expect(model).toMatchObject({
      kind: 'server',
      status: 500,
      requestId: 'flood-1',
      retryAfterMs: 7000,
    });
    await expect.poll(() => closed.flood).toBe(true);
  }, 5000);

  it('counts the bytes it reads and cancels the stream at the limit', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new Uint8Array(64 * 1024).fill(0x78);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const model = await readPermutiveError(
      new Response(stream, { status: 502, headers: { 'x-request-id': 'stream-1' } }),
    );
    expect(model).toMatchObject({ kind: 'server', status: 502, requestId: 'stream-1' });
    expect(cancelled).toBe(true);
    // 1 MiB, plus at most the chunk queued while the last one was read.
    expect(pulled).toBeLessThanOrEqual(1024 * 1024 + 2 * chunk.length);
  });

  it('reads as many bytes as maxBytes says', async () => {
    const whole = JSON.stringify(ENVELOPE_401).length;
    const response = (maxBytes: number) =>
      fetch(server.url('/envelope-401')).then((r) => readPermutiveError(r, { maxBytes }));
    expect(await response(whole)).toMatchObject({ code: 2000, requestId: ENVELOPE_401.request_id });
    expect(await response(whole - 1)).toMatchObject({
      status: 401,
      code: null,
      requestId: 'header-id-ignored',
    });
  });

  it('gives up on a body that never ends after timeoutMs, or when the signal aborts', async () => {
    const slow = await fetch(server.url('/drip-503'));
    expect(await readPermutiveError(slow, { timeoutMs: 50 })).toMatchObject({
      kind: 'server',
      status: 503,
      requestId: 'drip-1',
    });
    const controller = new AbortController();
    const again = await fetch(server.url('/drip-503'));
    setTimeout(() => controller.abort(), 50);
    expect(await readPermutiveError(again, { signal: controller.signal })).toMatchObject({
      status: 503,
      requestId: 'drip-1',
    });
  }, 3000);

  it('reads an HTTP-date Retry-After on a 429 as the time from now', async () => {
    // The route asks to wait until Wed, 21 Oct 2099 07:28:00 GMT: a minute from this clock.
    vi.useFakeTimers({ now: Date.UTC(2099, 9, 21, 7, 27, 0), toFake: ['Date'] });
    try {
      expect(await read('/rate-limited')).toMatchObject({
        kind: 'rate-limited',
        retryable: true,
        code: 1000,
        retryAfterMs: 60_000,
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('never rejects when the body was already read or the connection drops mid-body', async () => {
    const used = await fetch(server.url('/envelope-401'));
    await used.text();
    expect(await readPermutiveError(used)).toMatchObject({
      status: 401,
      requestId: 'header-id-ignored',
    });
    expect(await read('/reset-mid-body')).toMatchObject({
      status: 500,
      kind: 'server',
      requestId: 'mid-1',
    });
  });

  it('never rejects when given something that is not a Response', async () => {
    expect((await readPermutiveError(null as unknown as Response)).kind).toBe('unknown');
  });
});

describe('permutiveFetch', () => {
  it('resolves parsed JSON on 2xx, and undefined when empty', async () => {
    expect(await permutiveFetch(server.url('/ok'))).toEqual({
      cohorts: [{ id: 1, name: 'Sports fans' }],
    });
    expect(await permutiveFetch(server.url('/no-content'))).toBeUndefined();
  });

  it('throws a PermutiveError carrying the decoded model', async () => {
    const error = await failure(permutiveFetch(server.url('/envelope-401')));
    expect(error).toBeInstanceOf(PermutiveError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PermutiveError');
    expect(error.message).toBe(ENVELOPE_401.error.message);
    expect(error.model).toMatchObject({
      kind: 'unauthorized',
      code: 2000,
      requestId: ENVELOPE_401.request_id,
    });
  });

  it('turns a reset connection into a network error, keeping the original as cause', async () => {
    const error = await failure(permutiveFetch(server.url('/reset')));
    expect(error.model).toMatchObject({ kind: 'network', status: null, retryable: true });
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('gives up after timeoutMs with kind timeout, while waiting for headers or body', async () => {
    expect((await failure(permutiveFetch(server.url('/hang'), { timeoutMs: 50 }))).model.kind).toBe(
      'timeout',
    );
    expect(
      (await failure(permutiveFetch(server.url('/slow-body'), { timeoutMs: 50 }))).model.kind,
    ).toBe('timeout');
  });

  it("reports the caller's abort as aborted, before or during the request", async () => {
    const early = new AbortController();
    early.abort();
    expect(
      (await failure(permutiveFetch(server.url('/ok'), { signal: early.signal }))).model.kind,
    ).toBe('aborted');
    const late = new AbortController();
    const pending = failure(
      permutiveFetch(server.url('/hang'), { signal: late.signal, timeoutMs: 5000 }),
    );
    setTimeout(() => late.abort(), 20);
    expect((await pending).model).toMatchObject({ kind: 'aborted', retryable: false });
  });

  it("treats the caller's AbortSignal.timeout() as a timeout, alone or inside AbortSignal.any()", async () => {
    const alone = await failure(
      permutiveFetch(server.url('/hang'), { signal: AbortSignal.timeout(30) }),
    );
    expect(alone.model).toMatchObject({ kind: 'timeout', retryable: true });
    const cancel = new AbortController();
    const combined = AbortSignal.any([cancel.signal, AbortSignal.timeout(30)]);
    expect(
      (await failure(permutiveFetch(server.url('/hang'), { signal: combined }))).model.kind,
    ).toBe('timeout');
    const cancelled = AbortSignal.any([cancel.signal, AbortSignal.timeout(5000)]);
    const pending = failure(permutiveFetch(server.url('/hang'), { signal: cancelled }));
    setTimeout(() => cancel.abort(), 20);
    expect((await pending).model.kind).toBe('aborted');
  });

  it.each([Number.POSITIVE_INFINITY, 2 ** 31, Number.MAX_SAFE_INTEGER])(
    'takes timeoutMs %d, too large for timers, as no timeout',
    async (timeoutMs) => {
      expect(await permutiveFetch(server.url('/ok'), { timeoutMs })).toEqual({
        cohorts: [{ id: 1, name: 'Sports fans' }],
      });
    },
  );

  it.each([Number.NaN, -1, Number.NEGATIVE_INFINITY])(
    'rejects timeoutMs %d with a TypeError before fetching',
    async (timeoutMs) => {
      const before = hits;
      const error = await permutiveFetch(server.url('/count'), { timeoutMs }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TypeError);
      expect(error).not.toBeInstanceOf(PermutiveError);
      expect((error as TypeError).message).toBe(
        `permutiveFetch: timeoutMs must be a number of milliseconds, 0 or more; got ${timeoutMs}`,
      );
      expect(hits).toBe(before);
      // A caller's mistake, not a network failure: never retried.
      expect(decodePermutiveError(error).kind).toBe('unknown');
    },
  );

  it('treats a 2xx body that is not JSON as an unknown failure', async () => {
    const error = await failure(permutiveFetch(server.url('/ok-html')));
    expect(error.model).toMatchObject({ kind: 'unknown', status: 200 });
  });
});
