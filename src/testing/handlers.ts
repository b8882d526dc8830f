import { type HttpHandler, HttpResponse, http, delay as wait } from 'msw';
import {
  PERMUTIVE_REQUEST_ID,
  type PermutiveEnvelopeOptions,
  type PermutiveStatus,
  PLAIN_TEXT_400,
  PROXY_502_HTML,
  permutiveEnvelope,
} from './fixtures.js';

/**
 * How a request fails: a status answered with Permutive's JSON envelope, a proxy's HTML 502
 * page, a `text/plain` 400 (the Taxonomy API), a dropped connection, or no answer at all.
 */
export type PermutiveFailure = PermutiveStatus | 'html-502' | 'plain-text-400' | 'network' | 'hang';

/** What a failure says, and when. */
export interface PermutiveResponseOptions extends PermutiveEnvelopeOptions {
  /** `Retry-After` in seconds; default none (a 429 without it). */
  retryAfter?: number | undefined;
  /** Milliseconds to wait before answering; default 0. */
  delay?: number | undefined;
}

/** What a failure says, when, and how often. */
export interface PermutiveFailureOptions extends PermutiveResponseOptions {
  /** How many matching requests fail before the handler lets the rest through; default all. */
  times?: number | undefined;
}

/**
 * The response of a failure, for an msw resolver of your own: `network` is a dropped
 * connection (`HttpResponse.error()`), `hang` never settles. The request id goes in the body
 * and in `x-request-id` (in the header alone for the HTML and plain-text pages).
 *
 * @example
 * ```ts
 * http.get('/api/me', () => permutiveResponse(401, { code: 2005 }));
 * ```
 */
export async function permutiveResponse(
  failure: PermutiveFailure,
  options: PermutiveResponseOptions = {},
): Promise<Response> {
  if (options.delay) await wait(options.delay);
  // msw's infinite delay never resolves: the request stays pending until the client gives up.
  if (failure === 'hang') return (await wait('infinite')) as never;
  if (failure === 'network') return HttpResponse.error();
  const headers = new Headers({ 'x-request-id': options.requestId ?? PERMUTIVE_REQUEST_ID });
  if (options.retryAfter !== undefined) headers.set('retry-after', String(options.retryAfter));
  if (failure === 'html-502') {
    headers.set('content-type', 'text/html');
    return new HttpResponse(PROXY_502_HTML, { status: 502, headers });
  }
  if (failure === 'plain-text-400') {
    headers.set('content-type', 'text/plain; charset=utf-8');
    return new HttpResponse(options.message ?? PLAIN_TEXT_400, { status: 400, headers });
  }
  return HttpResponse.json(permutiveEnvelope(failure, options), { status: failure, headers });
}

const ROUTE = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S+)$/i;

/**
 * An msw handler that makes matching requests fail as Permutive's APIs do. `route` is a method
 * and path (`'GET /api/cohorts'`), or a path, URL or RegExp that any method matches.
 *
 * @example
 * ```ts
 * server.use(permutiveFailure('GET /api/cohorts', 429, { retryAfter: 3, times: 2 }));
 * ```
 */
export function permutiveFailure(
  route: string | RegExp,
  failure: PermutiveFailure,
  options: PermutiveFailureOptions = {},
): HttpHandler {
  const [, method = 'all', path = route] =
    typeof route === 'string' ? (route.match(ROUTE) ?? []) : [];
  const verb = method.toLowerCase() as 'all' | 'get' | 'post' | 'put' | 'patch' | 'delete';
  let failed = 0;
  return http[verb](path, () => {
    // Past its count the handler answers nothing, and msw passes the request on.
    if (failed >= (options.times ?? Number.POSITIVE_INFINITY)) return undefined;
    failed += 1;
    return permutiveResponse(failure, options);
  });
}
