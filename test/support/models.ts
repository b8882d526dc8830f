import { createModel, type PermutiveErrorModel } from '../../src/core/index.js';

/** The documented 401 as the decoder gives it. */
export const unauthorized: PermutiveErrorModel = createModel('unauthorized', {
  status: 401,
  code: 2000,
  message: 'The API key provided is invalid.',
  cause: 'This key does not exist.',
  docs: 'https://developer.permutive.com/docs/errors/401/2000',
  requestId: 'e2cef6f6-296d-4044-b362-73fb2bce4a72',
});

/** A 503 asking for a wait. */
export const unavailable = (retryAfterMs: number | null = null): PermutiveErrorModel =>
  createModel('server', { status: 503, requestId: 'req-503', retryAfterMs });
