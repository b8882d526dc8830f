import { expect } from 'vitest';
import type { PermutiveError } from '../../src/core/index.js';

/** What a promise expected to fail rejected with (the kit's error, for permutiveFetch). */
export const failure = (promise: Promise<unknown>): Promise<PermutiveError> =>
  promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error as PermutiveError,
  );
