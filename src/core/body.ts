/** The longest delay timers accept (2^31 − 1 ms, about 24.8 days); longer ones fire at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A timer that runs `run` after `ms`; none when `ms` is absent, not 0 or more, or longer than
 * timers accept (such a timer would fire at once).
 */
export const startTimer = (ms: number | undefined, run: () => void) =>
  ms !== undefined && ms >= 0 && ms <= MAX_TIMER_MS ? setTimeout(run, ms) : undefined;

/**
 * Options for reading a failed body.
 *
 * @example
 * ```ts
 * readPermutiveError(response, { maxBytes: 64 * 1024, timeoutMs: 5000 });
 * ```
 */
export interface ReadBodyOptions {
  /** Reads at most this many bytes of the body, then cancels the rest. Default 1 MiB. */
  maxBytes?: number | undefined;
  /** Stops reading when this signal aborts, keeping what was read. */
  signal?: AbortSignal | undefined;
  /** Stops reading after this many milliseconds, keeping what was read. Default 10 s. */
  timeoutMs?: number | undefined;
}

/**
 * Reads up to `maxBytes` of a body as text and cancels the stream; stops early on `signal` or
 * `timeoutMs`. Never rejects: `undefined` when the body cannot be read at all.
 */
export async function readBody(
  response: Response,
  { maxBytes = 1024 * 1024, signal, timeoutMs = 10_000 }: ReadBodyOptions = {},
): Promise<string | undefined> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stop = () => {};
  const stopped = new Promise<undefined>((resolve) => {
    stop = () => resolve(undefined);
  });
  const decoder = new TextDecoder();
  let text = '';
  try {
    const body = response.body;
    // A Response-like object without a stream (a test double, a polyfill) may still have text().
    if (!body) return (await response.text()).slice(0, maxBytes);
    reader = body.getReader();
    if (signal?.aborted) return undefined;
    signal?.addEventListener('abort', stop);
    timer = startTimer(timeoutMs, stop);
    for (let size = 0; size < maxBytes; ) {
      const chunk = await Promise.race([reader.read(), stopped]);
      if (!chunk || chunk.done) break;
      const bytes = chunk.value.subarray(0, maxBytes - size);
      size += bytes.length;
      text += decoder.decode(bytes, { stream: true });
    }
    return text + decoder.decode();
  } catch {
    // A body that was used, or reset mid-stream: what was read so far is all there is.
    return text || undefined;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
    reader?.cancel().catch(() => {});
  }
}
