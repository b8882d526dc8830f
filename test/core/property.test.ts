import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createModel, decodePermutiveError, readPermutiveError } from '../../src/core/index.js';
import { expectModelShape } from '../support/model-shape.js';
import { SEED } from '../support/seed.js';

const envelopeLike = fc.record(
  {
    request_id: fc.oneof(fc.string(), fc.anything()),
    requestId: fc.anything(),
    error: fc.oneof(
      fc.record(
        {
          status: fc.oneof(
            fc.constantFrom('Bad Request', 'BadRequest', 'Unauthorized', 'InternalServerError'),
            fc.anything(),
          ),
          code: fc.oneof(fc.integer(), fc.anything()),
          message: fc.anything(),
          cause: fc.anything(),
          docs: fc.oneof(fc.webUrl(), fc.string(), fc.anything()),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);

const thrownLike = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
    withSparseArray: true,
  }),
  envelopeLike,
  fc.json(),
  fc.string({ unit: 'binary' }),
  fc.record(
    {
      response: fc.record(
        {
          status: fc.oneof(fc.integer({ min: 0, max: 700 }), fc.anything()),
          headers: fc.dictionary(fc.string(), fc.anything()),
          data: fc.oneof(envelopeLike, fc.json(), fc.anything()),
        },
        { requiredKeys: [] },
      ),
      code: fc.anything(),
      name: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);

// A model's fields as createModel writes them, frozen with something more (a member, a symbol, a
// toJSON, a prototype) or something less: never trusted as it is.
const frozenLookAlike = fc
  .record({
    kind: fc.constantFrom('unauthorized', 'server', 'unknown'),
    status: fc.constantFrom(401, 503, null),
    code: fc.constantFrom(2000, null, -0),
    message: fc.constantFrom('The API key provided is invalid.', null),
    cause: fc.constant(null),
    docs: fc.constantFrom('https://developer.permutive.com/docs/errors/401/2000', null),
    requestId: fc.constantFrom('req-1', null),
    retryable: fc.boolean(),
    retryAfterMs: fc.constantFrom(null, 0, -0, 1500),
  })
  .chain((fields) =>
    fc.oneof(
      fc
        .tuple(fc.string(), fc.anything())
        .map(([key, value]) => Object.freeze({ ...fields, [key]: value })),
      fc.anything().map((value) => Object.freeze({ ...fields, [Symbol('extra')]: value })),
      fc.constant(Object.freeze({ ...fields, toJSON: () => ({ leaked: 'sk_live_abc123' }) })),
      fc.constant(Object.freeze(Object.assign(Object.create({ leaked: 'sk_live' }), fields))),
      fc.constant(Object.freeze(Object.assign(Object.create(null), fields))),
    ),
  );

describe('the decoder is total', () => {
  it('never throws and every field keeps its type, whatever it is given', () => {
    fc.assert(
      fc.property(thrownLike, (value) => {
        const model = decodePermutiveError(value);
        expectModelShape(model);
        expect(model.retryable).toBe(
          ['network', 'timeout', 'rate-limited', 'server'].includes(model.kind),
        );
        if (model.docs !== null) expect(new URL(model.docs).protocol).toBe('https:');
        if (model.retryAfterMs !== null) expect(model.retryAfterMs).toBeGreaterThanOrEqual(0);
        expect(decodePermutiveError(model)).toBe(model);
      }),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('gives a frozen plain object with exactly the fields, whatever rides on a look-alike', () => {
    fc.assert(
      fc.property(fc.oneof(thrownLike, frozenLookAlike), (value) => {
        const model = decodePermutiveError(value);
        expect(Object.isFrozen(model)).toBe(true);
        expect(Object.getPrototypeOf(model)).toBe(Object.prototype);
        expect(Reflect.ownKeys(model)).toEqual(Object.keys(createModel('unknown')));
        expect(JSON.stringify(model)).not.toContain('sk_live');
      }),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('readPermutiveError never rejects on arbitrary bytes and statuses', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 512 }),
        fc.integer({ min: 400, max: 599 }),
        async (bytes, status) => {
          const model = await readPermutiveError(
            new Response(bytes, { status, headers: { 'retry-after': String(bytes[0] ?? '') } }),
          );
          expect(model.status).toBe(status);
          expectModelShape(model);
        },
      ),
      { numRuns: 300, seed: SEED },
    );
  });
});
