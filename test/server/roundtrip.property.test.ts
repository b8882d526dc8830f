import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createModel, kindFromStatus, readPermutiveError } from '../../src/core/index.js';
import { permutiveErrorResponse } from '../../src/server/index.js';

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
