import { parseHttpDate } from './dates.js';
import { get } from './values.js';

// Headers come as `Headers`, axios's `AxiosHeaders` or plain objects, in any case; each reader
// returns `null` instead of throwing.

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
 * The longest wait the kit reads (about 285,000 years): past it a delay is not a delay, and a
 * number that large is unreadable. Every wait the kit reads, counts down or writes stays under it.
 */
export const MAX_WAIT_MS = 9e15;

/**
 * `Retry-After` as milliseconds from now: delay-seconds or an HTTP date (a past one is `0`);
 * `null` when absent or unreadable.
 */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) {
    const ms = Number(text) * 1000;
    return ms < MAX_WAIT_MS ? ms : null;
  }
  const date = parseHttpDate(text, now);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
