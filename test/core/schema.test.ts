import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as zod from 'zod';
import * as z from 'zod/mini';
import {
  createModel,
  decodePermutiveError,
  describePermutiveError,
  isPermutiveErrorModel,
  permutiveEnvelopeSchema,
  permutiveFetch,
  shouldRetry,
} from '../../src/core/index.js';
import { fr } from '../../src/messages/fr.js';
import { ENVELOPE_401 } from '../support/envelopes.js';
import { failure } from '../support/failure.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    // A 200 whose body drifted from what the app expects: a size became text, a name went missing.
    '/drifted': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'drift-1' });
      res.end(
        JSON.stringify({
          cohorts: [
            { id: 1, name: 'Sports fans', size: 'sk_live_secret_token' },
            { id: 2, size: 10 },
          ],
        }),
      );
    },
  });
});
afterAll(() => server.close());

const Cohorts = z.object({
  cohorts: z.array(z.object({ id: z.int(), name: z.string(), size: z.optional(z.number()) })),
});

describe('permutiveFetch with a schema', () => {
  it('resolves the body when it matches (zod/mini and zod)', async () => {
    const expected = { cohorts: [{ id: 1, name: 'Sports fans' }] };
    expect(await permutiveFetch(server.url('/ok'), { schema: Cohorts })).toEqual(expected);
    const classic = zod.object({ cohorts: zod.array(zod.object({ id: zod.number() })) });
    expect(await permutiveFetch(server.url('/ok'), { schema: classic })).toEqual({
      cohorts: [{ id: 1 }],
    });
  });

  it("resolves the schema's output, transforms included", async () => {
    const count = z.pipe(
      Cohorts,
      z.transform((body) => body.cohorts.length),
    );
    expect(await permutiveFetch(server.url('/ok'), { schema: count })).toBe(1);
  });

  it('throws invalid-response for a body that does not match: status kept, not retryable', async () => {
    const error = await failure(permutiveFetch(server.url('/drifted'), { schema: Cohorts }));
    expect(error.name).toBe('PermutiveError');
    expect(error.model).toEqual({
      kind: 'invalid-response',
      status: 200,
      code: null,
      message: null,
      cause:
        'The response did not match the expected schema: cohorts[0].size: expected number; cohorts[1].name: expected string.',
      docs: null,
      requestId: 'drift-1',
      retryable: false,
      retryAfterMs: null,
    });
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('never echoes the values received, only where and what was expected', async () => {
    const error = await failure(permutiveFetch(server.url('/drifted'), { schema: Cohorts }));
    expect(JSON.stringify(error.model)).not.toMatch(/sk_live|Sports fans/);
    expect(error.message).not.toMatch(/sk_live|Sports fans/);
  });

  it('summarises at most five complaints', async () => {
    const five = z.object({
      a: z.string(),
      b: z.string(),
      c: z.string(),
      d: z.string(),
      e: z.string(),
      f: z.string(),
      g: z.email(),
    });
    const error = await failure(permutiveFetch(server.url('/ok'), { schema: five }));
    expect(error.model.cause).toBe(
      'The response did not match the expected schema: a: expected string; b: expected string; c: expected string; d: expected string; e: expected string; and 2 more.',
    );
  });

  it('a 2xx body that is not JSON is invalid-response with a schema, unknown without', async () => {
    const withSchema = await failure(permutiveFetch(server.url('/ok-html'), { schema: Cohorts }));
    expect(withSchema.model).toMatchObject({
      kind: 'invalid-response',
      status: 200,
      cause: 'The response was not JSON.',
    });
    const without = await failure(permutiveFetch(server.url('/ok-html')));
    expect(without.model).toMatchObject({ kind: 'unknown', status: 200, cause: null });
  });

  it('an error status is decoded as before, the schema unused', async () => {
    const error = await failure(permutiveFetch(server.url('/envelope-401'), { schema: Cohorts }));
    expect(error.model).toMatchObject({ kind: 'unauthorized', code: 2000 });
  });
});

describe('the invalid-response kind', () => {
  const model = createModel('invalid-response', {
    status: 200,
    cause: 'The response did not match the expected schema: id: expected number.',
    requestId: 'r-1',
  });

  it('round-trips through the decoder, after a structured clone too', () => {
    expect(decodePermutiveError(model)).toBe(model);
    const cloned = structuredClone(model);
    expect(isPermutiveErrorModel(cloned)).toBe(true);
    expect(decodePermutiveError(cloned)).toEqual(model);
  });

  it('has its own copy in English and French', () => {
    expect(describePermutiveError(model).title).toBe("The reply couldn't be used");
    expect(describePermutiveError(model, fr.errors).title).toBe('La réponse est inutilisable');
  });
});

describe('permutiveEnvelopeSchema', () => {
  it("accepts the documented envelope, the Cohorts APIs' extra members, and the relayed nulls", () => {
    expect(permutiveEnvelopeSchema.safeParse(ENVELOPE_401).success).toBe(true);
    const cohorts = {
      ...ENVELOPE_401,
      error: { ...ENVELOPE_401.error, type: 'https://x', status_code: 401 },
    };
    expect(permutiveEnvelopeSchema.parse(cohorts).error).toMatchObject({ status_code: 401 });
    const relayed = {
      request_id: null,
      error: { status: 'Bad Gateway', code: null, message: null, docs: null },
    };
    expect(permutiveEnvelopeSchema.safeParse(relayed).success).toBe(true);
  });

  it('rejects bodies that are not the envelope', () => {
    for (const body of [
      null,
      'Unauthorized',
      { error: 'Unauthorized' },
      { request_id: 'x', error: { ...ENVELOPE_401.error, code: '2000' } },
    ]) {
      expect(permutiveEnvelopeSchema.safeParse(body).success).toBe(false);
    }
  });
});
