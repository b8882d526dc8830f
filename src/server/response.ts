import { relay } from './envelope.js';

/**
 * Answers a failed upstream call with Permutive's envelope, for any Fetch-based server
 * (Next.js route handlers, Hono, React Router, Remix, Deno, Bun). The status is the upstream's
 * (500 when it had none, 504 for a timeout, 502 for a network failure); the request id goes in
 * the body and in `x-request-id`; `Retry-After` is passed on in whole seconds; secrets are
 * redacted and only a safe docs link is kept. `init` adds headers, or overrides the status
 * with an error status (400 to 599; any other is ignored), which the body then names.
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
  const { status, envelope, headers: written } = relay(thrown, init?.status);
  const headers = new Headers(init?.headers);
  // A header the caller gave in `init` wins over the kit's.
  for (const [name, value] of written) if (!headers.has(name)) headers.set(name, value);
  return new Response(JSON.stringify(envelope), { ...init, status, headers });
}
