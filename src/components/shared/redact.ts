// API keys travel in `k=`/`api_key=` query parameters, `x-api-key` headers and bearer tokens;
// any of them may be echoed back in a message, a cause or a URL.
const KEYS =
  /(\b(?:k|key|api_key|apikey|api-key)=)[^&#\s"'<>]+|(x-api-key["']?\s*[:=]\s*["']?)[^\s"',;}]+|(bearer\s+)[\w.~+/=-]+/gi;

/**
 * Replaces API-key-like values in text with `[redacted]`: `k=` and `api_key=` query
 * parameters, `x-api-key` values and bearer tokens.
 *
 * @example
 * ```ts
 * redact('GET /v1/cohorts?k=abc123'); // 'GET /v1/cohorts?k=[redacted]'
 * ```
 */
export function redact(text: string): string {
  return text.replace(
    KEYS,
    (_match, query = '', header = '', bearer = '') => `${query}${header}${bearer}[redacted]`,
  );
}
