// Safe readers for untrusted values: getters may throw, Proxies may trap, headers come in
// many shapes. Every function here returns `undefined`/`null` instead of throwing.

/** Reads `value[key]`, or `undefined` when `value` is not an object or the read throws. */
export function get(value: unknown, key: string): unknown {
  try {
    return value !== null && typeof value === 'object'
      ? (value as Record<string, unknown>)[key]
      : undefined;
  } catch {
    return undefined;
  }
}

/** The value when it is a string, else `undefined`. */
export const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** Parses JSON text, tolerating a byte-order mark; `undefined` when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

/** Reads a header from a `Headers`, an axios `AxiosHeaders` or a plain object, any case. */
export function header(headers: unknown, name: string): string | null {
  if (headers === null || typeof headers !== 'object') return null;
  try {
    const getter = get(headers, 'get');
    let value =
      typeof getter === 'function'
        ? getter.call(headers, name)
        : get(
            headers,
            Object.keys(headers as object).find((key) => key.toLowerCase() === name) ?? '',
          );
    if (Array.isArray(value)) value = value[0];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
  } catch {
    return null;
  }
}

/** The request id a response's headers carry (`x-request-id` or `request-id`), else `null`. */
export const headerRequestId = (headers: unknown): string | null =>
  header(headers, 'x-request-id') || header(headers, 'request-id');

/** The longest delay timers accept (2^31 − 1 ms, about 24.8 days); longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

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

// RFC 850 (Sunday, 06-Nov-94 08:49:37 GMT) and asctime (Sun Nov  6 08:49:37 1994), the two
// obsolete HTTP date formats, captured so they can be rewritten as an IMF-fixdate.
const RFC_850 =
  /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\d\d)-([A-Z][a-z]{2})-(\d\d) (\d\d:\d\d:\d\d) GMT$/;
const ASCTIME = /^([A-Z][a-z]{2}) ([A-Z][a-z]{2}) ([ \d]\d) (\d\d:\d\d:\d\d) (\d{4})$/;

/**
 * An HTTP date in one of the three formats HTTP allows (RFC 9110, section 5.6.7) as epoch
 * milliseconds; `NaN` for anything else.
 */
function parseHttpDate(text: string, now = Date.now()): number {
  let fixdate = text;
  const rfc850 = RFC_850.exec(text);
  const asctime = ASCTIME.exec(text);
  if (rfc850) {
    const [, day = '', date, month, year, time] = rfc850;
    // A two-digit year is in the century that puts it at most 50 years ahead of now.
    const thisYear = new Date(now).getUTCFullYear();
    let fullYear = thisYear - (thisYear % 100) + Number(year);
    if (fullYear > thisYear + 50) fullYear -= 100;
    fixdate = `${day.slice(0, 3)}, ${date} ${month} ${fullYear} ${time} GMT`;
  } else if (asctime) {
    const [, day, month, date = '', time, year] = asctime;
    fixdate = `${day}, ${date.replace(' ', '0')} ${month} ${year} ${time} GMT`;
  }
  // An IMF-fixdate is exactly what toUTCString() writes: one that does not come back the same
  // (a wrong day name, 31 Feb, 25:00, another zone, extra text) is not a date.
  const time = Date.parse(fixdate);
  return new Date(time).toUTCString() === fixdate ? time : Number.NaN;
}

/**
 * `RateLimit-Reset` or `X-RateLimit-Reset` as milliseconds from now: seconds to wait, or a Unix
 * time in seconds when the number is one (as GitHub and many gateways send); `null` when absent
 * or unreadable.
 */
export function rateLimitResetMs(value: string | null, now = Date.now()): number | null {
  const text = value?.trim();
  if (!text || !/^\d+$/.test(text)) return null;
  const seconds = Number(text);
  // ky's rule: a number at or past 2024-01-01 in seconds is a time, not a wait of 54 years.
  if (seconds >= 1_704_067_200) return Math.max(0, seconds * 1000 - now);
  return seconds * 1000;
}

/**
 * `Retry-After` as milliseconds from now: delay-seconds or an HTTP date (a past one is `0`);
 * `null` when absent or unreadable.
 */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) {
    const ms = Number(text) * 1000;
    // Past about 285,000 years a delay is not a delay: a number that large is unreadable.
    return ms < 9e15 ? ms : null;
  }
  const date = parseHttpDate(text, now);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
