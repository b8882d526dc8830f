import { get, parseJson } from './values.js';

/** What a body yields, each member salvaged on its own. */
export interface EnvelopeFields {
  requestId?: string | undefined;
  statusText?: string | number | undefined;
  code?: number | undefined;
  message?: string | undefined;
  cause?: string | undefined;
  docs?: string | undefined;
}

// Each member is checked on its own, so that one of the wrong type (or a getter that throws)
// loses only itself. Plain checks rather than a schema: this runs for every error decoded.

/** Text with its ends trimmed; blank text or another type counts as absent. */
const text = (value: unknown) =>
  typeof value === 'string' ? value.trim() || undefined : undefined;

const int = (value: unknown) => (Number.isSafeInteger(value) ? (value as number) : undefined);

/**
 * Salvages the Permutive envelope (and common gateway shapes) from a parsed body or JSON text.
 * `withTopMessage` is false when the body is itself an `Error`, whose `message` is no server's.
 */
export function readEnvelope(body: unknown, withTopMessage = true): EnvelopeFields {
  const source = typeof body === 'string' ? parseJson(body) : body;
  if (source === null || typeof source !== 'object') return {};
  // `error` is Permutive's object, or a gateway's plain string.
  const error = get(source, 'error');
  const status = get(error, 'status');
  const docs = get(error, 'docs');
  return {
    requestId: text(get(source, 'request_id')) || text(get(source, 'requestId')),
    statusText:
      typeof status === 'string' ? status : (int(status) ?? int(get(error, 'status_code'))),
    code: int(get(error, 'code')),
    message:
      text(get(error, 'message')) ||
      (withTopMessage ? text(get(source, 'message')) || text(get(source, 'detail')) : undefined) ||
      text(error),
    cause: text(get(error, 'cause')),
    docs: typeof docs === 'string' ? docs : undefined,
  };
}
