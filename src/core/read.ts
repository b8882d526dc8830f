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

/** `Retry-After` as milliseconds from now: delay-seconds or an HTTP date; `null` if unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) {
    const ms = Number(text) * 1000;
    // Past about 285,000 years a delay is not a delay: a number that large is unreadable.
    return ms < 9e15 ? ms : null;
  }
  const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
