export {
  PERMUTIVE_REQUEST_ID,
  PERMUTIVE_SUBCODES,
  PLAIN_TEXT_400,
  PROXY_502_HTML,
  permutiveEnvelope,
  proxyErrorPage,
} from './fixtures.js';
export { permutiveFailure, permutiveResponse } from './handlers.js';

export type {
  PermutiveEnvelopeOptions,
  PermutiveErrorEnvelope,
  PermutiveStatus,
  PermutiveSubcode,
} from './fixtures.js';
export type {
  PermutiveFailure,
  PermutiveFailureOptions,
  PermutiveResponseOptions,
} from './handlers.js';
