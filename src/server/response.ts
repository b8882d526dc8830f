import { decodePermutiveError } from '../core/index.js';
import { relayStatus, toPermutiveEnvelope } from './envelope.js';

// A header value must be visible ASCII; a request id with anything else stays in the body only.
const HEADER_SAFE = /^[\x21-\x7e]{1,256}$/;

/**
 * Answers a failed upstream call with Permutive's envelope, for any Fetch-based server
 * (Next.js route handlers, Hono, React Router, Remix, Deno, Bun). The status is the upstream's
 * (500 when it had none, 504 for a timeout, 502 for a network failure); the request id goes in
 * the body and in `x-request-id`; `Retry-After` is passed on in whole seconds; secrets are
 * redacted and only a safe docs link is kept. `init` adds headers or overrides the status.
 *
 * @example
 * ```ts
 * export async function GET() {
 *   try {
 *     return Response.json(await permutive.get('/cohorts'));
 *   } catch (error) {
 *     return permutiveErrorResponse(error);
 *   }
 * }
 * ```
 */
export function permutiveErrorResponse(thrown: unknown, init?: ResponseInit): Response {
  const model = decodePermutiveError(thrown);
  const headers = new Headers(init?.headers);
  // A header the caller gave in `init` wins over the kit's.
  const set = (name: string, value: string) => {
    if (!headers.has(name)) headers.set(name, value);
  };
  set('content-type', 'application/json; charset=utf-8');
  set('cache-control', 'no-store');
  if (model.requestId && HEADER_SAFE.test(model.requestId)) set('x-request-id', model.requestId);
  if (model.retryAfterMs !== null) set('retry-after', String(Math.ceil(model.retryAfterMs / 1000)));
  return new Response(JSON.stringify(toPermutiveEnvelope(model)), {
    ...init,
    status: init?.status ?? relayStatus(model),
    headers,
  });
}
