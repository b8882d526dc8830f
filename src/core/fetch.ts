import type * as z from 'zod/v4/core';
import { startTimer } from './body.js';
import { decodePermutiveError, signalTimedOut } from './decode.js';
import { PermutiveError } from './error.js';
import { headerRequestId } from './headers.js';
import { createModel, type PermutiveErrorModel } from './model.js';
import { readPermutiveError } from './response.js';
import { checkBody, NOT_JSON, type ResponseSchema } from './schema.js';
import { get, parseJson } from './values.js';

// An AbortSignal from any realm: a Request made by a polyfill or a framework carries its own.
const signalOf = (value: unknown) =>
  typeof get(value, 'aborted') === 'boolean' && typeof get(value, 'addEventListener') === 'function'
    ? (value as AbortSignal)
    : undefined;

/**
 * `fetch` options plus a timeout.
 *
 * @example
 * ```ts
 * permutiveFetch('/v1/cohorts', { signal, timeoutMs: 10_000 });
 * ```
 */
export interface PermutiveFetchInit extends RequestInit {
  /**
   * Gives up after this many milliseconds, failing with kind `timeout`. A wait longer than timers
   * allow (`Infinity`, over 2^31 − 1 ms) means no timeout; `NaN` or a negative number is a
   * `TypeError`.
   */
  timeoutMs?: number | undefined;
  /**
   * A zod schema (`zod` or `zod/mini`) for the 2xx body. A body that does not match throws a
   * {@link PermutiveError} of kind `invalid-response`, its status kept and the schema's
   * complaint (paths and expected types, never the values) in `cause`.
   */
  schema?: ResponseSchema | undefined;
}

/**
 * Fetches JSON for a query function: resolves the parsed body on 2xx (`undefined` when empty;
 * with `schema`, the schema's output once the body matches it),
 * and otherwise throws a {@link PermutiveError} whose model says what failed, network failures,
 * timeouts and aborts included. A caller's signal that aborts with a `TimeoutError` (from
 * `AbortSignal.timeout()`, alone or inside `AbortSignal.any()`) is a `timeout`, any other abort
 * `aborted`.
 *
 * @example
 * ```ts
 * useQuery({
 *   queryKey: ['cohorts'],
 *   queryFn: ({ signal }) => permutiveFetch<Cohort[]>('/v1/cohorts', { signal }),
 * });
 * ```
 */
export async function permutiveFetch<S extends ResponseSchema>(
  input: RequestInfo | URL,
  init: PermutiveFetchInit & { schema: S },
): Promise<z.output<S>>;
export async function permutiveFetch<T = unknown>(
  input: RequestInfo | URL,
  init?: PermutiveFetchInit,
): Promise<T>;
export async function permutiveFetch(
  input: RequestInfo | URL,
  init: PermutiveFetchInit = {},
): Promise<unknown> {
  const { timeoutMs, schema, ...rest } = init;
  // A Request carries its own signal; one given in `init` replaces it, as in fetch().
  const signal = init.signal ?? signalOf(get(input, 'signal'));
  if (timeoutMs !== undefined && !(typeof timeoutMs === 'number' && timeoutMs >= 0)) {
    throw new TypeError(
      `permutiveFetch: timeoutMs must be a number of milliseconds, 0 or more; got ${String(timeoutMs)}`,
    );
  }
  const controller = new AbortController();
  const abort = () => controller.abort(signal?.reason);
  let timedOut = false;
  const timer = startTimer(timeoutMs, () => {
    timedOut = true;
    controller.abort();
  });
  if (signal?.aborted) abort();
  signal?.addEventListener('abort', abort);
  let failure: PermutiveErrorModel;
  let cause: unknown;
  try {
    const response = await fetch(input, { ...rest, signal: controller.signal });
    if (response.ok) {
      const text = await response.text();
      const body = text ? parseJson(text) : undefined;
      const checked = !text || body !== undefined ? await checkBody(schema, body) : NOT_JSON;
      if (checked.ok) return checked.data;
      // Without a schema, a body that is not JSON is merely unexpected.
      failure = createModel(schema ? 'invalid-response' : 'unknown', {
        status: response.status,
        cause: schema && checked.problem,
        requestId: headerRequestId(response.headers),
      });
    } else {
      failure = await readPermutiveError(response);
    }
  } catch (error) {
    cause = error;
    failure =
      timedOut || (signal?.aborted && signalTimedOut(signal))
        ? createModel('timeout')
        : signal?.aborted
          ? createModel('aborted')
          : decodePermutiveError(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
  throw new PermutiveError(failure, { cause });
}
