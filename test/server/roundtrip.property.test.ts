import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createModel,
  kindFromStatus,
  PERMUTIVE_ERROR_KINDS,
  type PermutiveErrorModel,
  readPermutiveError,
} from '../../src/core/index.js';
import { permutiveErrorResponse, toPermutiveEnvelope } from '../../src/server/index.js';

// Words with no secret in them, so redaction leaves them alone.
const words = fc.lorem({ maxCount: 6 }).filter((text) => text.trim() === text && text !== '');
const model = fc
  .record({
    status: fc.integer({ min: 400, max: 599 }),
    code: fc.option(fc.integer({ min: 0, max: 99_999 })),
    message: fc.option(words),
    cause: fc.option(words),
    withDocs: fc.boolean(),
    requestId: fc.option(
      fc.oneof(
        fc.uuid(),
        fc.string({ minLength: 1 }).filter((id) => id.trim() === id && id !== ''),
      ),
    ),
    retryAfterMs: fc.option(fc.integer({ min: 0, max: 1_000_000 }).map((s) => s * 1000)),
  })
  .map(({ withDocs, ...parts }) =>
    createModel(kindFromStatus(parts.status), {
      ...parts,
      docs: withDocs
        ? `https://developer.permutive.com/docs/errors/${parts.status}/${parts.code ?? 0}`
        : null,
    }),
  );

describe('permutiveErrorResponse read back with readPermutiveError', () => {
  it('yields the same model for every failure that had an HTTP status', async () => {
    await fc.assert(
      fc.asyncProperty(model, async (sent) => {
        expect(await readPermutiveError(permutiveErrorResponse(sent))).toEqual(sent);
      }),
      { numRuns: 300 },
    );
  });
});

// Numbers no real failure carries, beside any double and any integer.
const absurdNumber = fc.oneof(
  fc.constantFrom(
    1e300,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NaN,
    -1,
    -0,
    1.5,
    Number.MAX_SAFE_INTEGER + 2,
    9e15,
  ),
  fc.double(),
  fc.integer(),
);
// Hand-built with createModel, or a plain object with a model's fields (a clone, a parsed body).
const absurdModel = fc
  .record({
    kind: fc.constantFrom(...PERMUTIVE_ERROR_KINDS),
    status: fc.option(absurdNumber),
    code: fc.option(absurdNumber),
    retryAfterMs: fc.option(absurdNumber),
    message: fc.option(fc.string({ unit: 'binary' })),
    cause: fc.option(fc.string({ unit: 'binary' })),
    docs: fc.option(fc.oneof(fc.webUrl(), fc.string())),
    requestId: fc.option(
      fc.oneof(fc.string({ unit: 'binary' }), fc.constant('id\r\nset-cookie: a=b')),
    ),
    retryable: fc.boolean(),
    built: fc.boolean(),
  })
  .map(({ built, kind, ...parts }) =>
    built ? createModel(kind, parts) : ({ kind, ...parts } as PermutiveErrorModel),
  );

describe('permutiveErrorResponse over absurd models', () => {
  it('writes an error status, delay-seconds, a safe code and header-safe text, read back alike', async () => {
    await fc.assert(
      fc.asyncProperty(absurdModel, fc.option(absurdNumber), async (sent, status) => {
        const response = permutiveErrorResponse(sent, status === null ? undefined : { status });
        expect(Number.isInteger(response.status)).toBe(true);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(600);
        const retryAfter = response.headers.get('retry-after');
        if (retryAfter !== null) expect(retryAfter).toMatch(/^\d{1,13}$/);
        const requestId = response.headers.get('x-request-id');
        if (requestId !== null) expect(requestId).toMatch(/^[\x21-\x7e]+$/);
        const body = JSON.parse(await response.clone().text());
        expect(body).toEqual(toPermutiveEnvelope(sent));
        if (body.error.code !== null) expect(Number.isSafeInteger(body.error.code)).toBe(true);
        const read = await readPermutiveError(response);
        expect([read.kind, read.status, read.code, read.retryAfterMs]).toEqual([
          kindFromStatus(response.status),
          response.status,
          body.error.code,
          retryAfter === null ? null : Number(retryAfter) * 1000,
        ]);
      }),
      { numRuns: 300 },
    );
  });
});
