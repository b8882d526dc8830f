// Safe readers for untrusted values: getters may throw, Proxies may trap. Each returns
// `undefined` instead of throwing.

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
