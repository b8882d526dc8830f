import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermutiveError, permutiveFetch, readPermutiveError } from '../../src/core/index.js';
import { ENVELOPE_401, startServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const read = async (path: string) => readPermutiveError(await fetch(server.url(path)));
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error as PermutiveError,
  );

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

  it('tolerates a byte-order mark and camelCase requestId', async () => {
    expect(await read('/bom-404')).toMatchObject({
      kind: 'not-found',
      code: 3000,
      requestId: 'bom-1',
    });
  });

  it('reads a 5 MB body whole', async () => {
    const model = await read('/big-500');
    expect(model).toMatchObject({ kind: 'server', code: 5000, requestId: 'big-1' });
    expect(model.cause).toHaveLength(5 * 1024 * 1024);
  });

  it('reads an HTTP-date Retry-After on a 429', async () => {
    const model = await read('/rate-limited');
    expect(model).toMatchObject({ kind: 'rate-limited', retryable: true, code: 1000 });
    expect(model.retryAfterMs).toBeGreaterThan(0);
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

  it('treats a 2xx body that is not JSON as an unknown failure', async () => {
    const error = await failure(permutiveFetch(server.url('/ok-html')));
    expect(error.model).toMatchObject({ kind: 'unknown', status: 200 });
  });
});
