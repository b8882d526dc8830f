import { decodePermutiveError, readPermutiveError } from './decode.js';
import { PermutiveError } from './error.js';
import { createModel, type PermutiveErrorModel } from './model.js';
import { get, MAX_TIMER_MS, parseJson } from './read.js';

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
}

/**
 * Fetches JSON for a query function: resolves the parsed body on 2xx (`undefined` when empty),
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
export async function permutiveFetch<T = unknown>(
  input: RequestInfo | URL,
  init: PermutiveFetchInit = {},
): Promise<T> {
  const { timeoutMs, signal, ...rest } = init;
  if (timeoutMs !== undefined && !(typeof timeoutMs === 'number' && timeoutMs >= 0)) {
    throw new TypeError(
      `permutiveFetch: timeoutMs must be a number of milliseconds, 0 or more; got ${String(timeoutMs)}`,
    );
  }
  const controller = new AbortController();
  const abort = () => controller.abort(signal?.reason);
  let timedOut = false;
  const timer =
    timeoutMs === undefined || timeoutMs > MAX_TIMER_MS
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs);
  if (signal?.aborted) abort();
  signal?.addEventListener('abort', abort);
  let failure: PermutiveErrorModel;
  let cause: unknown;
  try {
    const response = await fetch(input, { ...rest, signal: controller.signal });
    if (response.ok) {
      const text = await response.text();
      const body = text ? parseJson(text) : undefined;
      if (!text || body !== undefined) return body as T;
      failure = createModel('unknown', { status: response.status });
    } else {
      failure = await readPermutiveError(response);
    }
  } catch (error) {
    cause = error;
    failure =
      timedOut || (signal?.aborted && get(signal.reason, 'name') === 'TimeoutError')
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
