import { HttpHandler, HttpResponse, delay as wait } from 'msw';
import {
  PERMUTIVE_REQUEST_ID,
  type PermutiveEnvelopeOptions,
  type PermutiveStatus,
  PLAIN_TEXT_400,
  PROXY_502_HTML,
  permutiveEnvelope,
} from './fixtures.js';
import { checkOptions } from './options.js';

/**
 * How a request fails: a status answered with Permutive's JSON envelope, a proxy's HTML 502
 * page, a `text/plain` 400 (the Taxonomy API), a dropped connection, or no answer at all.
 */
export type PermutiveFailure = PermutiveStatus | 'html-502' | 'plain-text-400' | 'network' | 'hang';

/** What a failure says, and when. */
export interface PermutiveResponseOptions extends PermutiveEnvelopeOptions {
  /** `Retry-After` in whole seconds (a fraction rounds up: 1.5 sends 2); default none (a 429 without it). */
  retryAfter?: number | undefined;
  /** Milliseconds to wait before answering (at most 2147483647), or `'infinite'`; default 0. */
  delay?: number | 'infinite' | undefined;
}

/** What a failure says, when, and how often. */
export interface PermutiveFailureOptions extends PermutiveResponseOptions {
  /** How many matching requests fail (a whole number, counted again from each msw `resetHandlers()` or `restoreHandlers()`) before the handler lets the rest through; default all. */
  times?: number | undefined;
}

/**
 * The response of a failure, for an msw resolver of your own: `network` is a dropped
 * connection (`HttpResponse.error()`), `hang` never settles. The request id goes in the body
 * and in `x-request-id` (in the header alone for the HTML and plain-text pages). Throws a
 * `TypeError` or `RangeError` naming the option when one cannot be sent as given.
 *
 * @example
 * ```ts
 * http.get('/api/me', () => permutiveResponse(401, { code: 2005 }));
 * ```
 */
export function permutiveResponse(
  failure: PermutiveFailure,
  options: PermutiveResponseOptions = {},
): Promise<Response> {
  checkOptions(options);
  return respond(failure, options);
}

async function respond(failure: PermutiveFailure, options: PermutiveResponseOptions) {
  if (options.delay) await wait(options.delay);
  // msw's infinite delay never resolves: the request stays pending until the client gives up.
  if (failure === 'hang') return (await wait('infinite')) as never;
  if (failure === 'network') return HttpResponse.error();
  const headers = new Headers({ 'x-request-id': options.requestId ?? PERMUTIVE_REQUEST_ID });
  // Whole seconds, rounded up: a client must not come back sooner than asked.
  if (options.retryAfter !== undefined)
    headers.set('retry-after', String(Math.ceil(options.retryAfter)));
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

/** The method and path of a route, its surrounding whitespace trimmed. */
function parseRoute(route: string | RegExp): [method: string | RegExp, path: string | RegExp] {
  if (typeof route !== 'string') return [/.+/, route];
  const text = route.trim();
  const [, method, path] = text.match(ROUTE) ?? [];
  if (method && path) return [method.toUpperCase(), path];
  // A space left in the path is a method msw does not know, or a path no URL can have.
  if (!text || /\s/.test(text))
    throw new TypeError(
      `route must be a method and a path ('GET /api/cohorts'), or a path, URL or RegExp; got ${JSON.stringify(route)}`,
    );
  return [/.+/, text];
}

/**
 * A handler that fails its first `times` requests. msw (2.15) resets each handler it drops in
 * `resetHandlers()`, and restores each one in `restoreHandlers()`; both start the count again,
 * so the same handler object fails again in the next test or story visit.
 */
class FailureHandler extends HttpHandler {
  failed = 0;
  protected override reset(): void {
    this.failed = 0;
    super.reset?.();
  }
  protected override restore(): void {
    this.failed = 0;
    super.restore?.();
  }
}

/**
 * An msw handler that makes matching requests fail as Permutive's APIs do. `route` is a method
 * and path (`'GET /api/cohorts'`), or a path, URL or RegExp that any method matches; surrounding
 * whitespace is trimmed. `times` counts from 0 again on `resetHandlers()` and
 * `restoreHandlers()`. Throws a `TypeError` or `RangeError` naming the option or route when one
 * cannot be answered as given.
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
  checkOptions(options);
  const [method, path] = parseRoute(route);
  const handler: FailureHandler = new FailureHandler(method, path, () => {
    // Past its count the handler answers nothing, and msw passes the request on.
    if (handler.failed >= (options.times ?? Number.POSITIVE_INFINITY)) return undefined;
    handler.failed += 1;
    return respond(failure, options);
  });
  return handler;
}
