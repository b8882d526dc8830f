import { permutiveEnvelope } from '../../src/testing/fixtures.js';

/** The contract's documented 401 envelope, shared by tests, benchmarks and stories. */
export const ENVELOPE_401 = permutiveEnvelope(401, { cause: 'This key does not exist.' });
