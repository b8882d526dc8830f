export { toPermutiveEnvelope } from './envelope.js';
export { permutiveErrorResponse } from './response.js';

export type { PermutiveEnvelope } from './envelope.js';
