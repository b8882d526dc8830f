import { readEnvelope } from './envelope.js';
import { header, headerRequestId, rateLimitResetMs, retryAfterMs } from './headers.js';
import {
  createModel,
  isOwnModel,
  isPermutiveErrorModel,
  isStatus,
  kindFromStatus,
  ownModel,
  type PermutiveErrorKind,
  type PermutiveErrorModel,
  STATUS_PHRASES,
} from './model.js';
import { get, str } from './values.js';

// Status texts are compared with spaces, case and separators removed ("Not Found", "NOT_FOUND",
// "notFound"). A Map, so that inherited names ("constructor", "__proto__") are never statuses.
const squash = (text: string) => text.toLowerCase().replace(/[\s_-]/g, '');
const STATUS_BY_TEXT = new Map(
  Object.entries(STATUS_PHRASES).map(([status, phrase]) => [squash(phrase), Number(status)]),
);

function statusFromText(text: string | number | undefined): number | null {
  if (isStatus(text)) return text;
  const key = squash(String(text ?? ''));
  return STATUS_BY_TEXT.get(key) ?? (isStatus(Number(key)) ? Number(key) : null);
}

// The most of a plain-text body kept as the message; the banner shows less still.
const MAX_TEXT = 1000;
const isPlainText = (headers: unknown) =>
  /^\s*text\/plain\b/i.test(header(headers, 'content-type') ?? '');

/** Builds a model from an HTTP status (or none), its headers and a body in any form. */
export function fromHttp(
  status: number | null,
  headers: unknown,
  body: unknown,
  bodyIsError = false,
): PermutiveErrorModel {
  const envelope = readEnvelope(body, !bodyIsError);
  // A plain-text answer is its own message (Permutive's Taxonomy API answers 400s so); an HTML
  // page from a proxy is not.
  if (!envelope.message && typeof body === 'string' && isPlainText(headers))
    envelope.message = body.trim().slice(0, MAX_TEXT) || undefined;
  const resolved = isStatus(status) ? status : statusFromText(envelope.statusText);
  return createModel(resolved === null ? 'unknown' : kindFromStatus(resolved), {
    status: resolved,
    code: envelope.code,
    message: envelope.message,
    cause: envelope.cause,
    docs: envelope.docs,
    requestId: envelope.requestId || headerRequestId(headers),
    retryAfterMs:
      retryAfterMs(header(headers, 'retry-after')) ??
      rateLimitResetMs(header(headers, 'ratelimit-reset')) ??
      rateLimitResetMs(header(headers, 'x-ratelimit-reset')),
  });
}

// The messages runtimes give fetch's TypeError when no response arrived. Matched exactly: a
// TypeError from a bug that merely mentions "fetch" or "network" is not a network failure.
const FETCH_FAILURES = new Set([
  'Failed to fetch', // Chrome, Edge and other Chromium browsers
  'network error', // Chrome, when a response body fails mid-stream
  'NetworkError when attempting to fetch resource.', // Firefox
  'Load failed', // Safari 17 and later
  'The Internet connection appears to be offline.', // Safari 16 and earlier
  'The network connection was lost.', // Safari on iOS
  'fetch failed', // Node.js (undici)
  'terminated', // Node.js (undici), when a body stops mid-stream
  ' A network error occurred.', // Bun (WebKit's message, leading space included)
  'Network request failed', // React Native and the whatwg-fetch polyfill
  'Network connection lost', // Cloudflare Workers
]);

const isFetchFailure = (message: string) =>
  // Safari 18.4 and later and Chrome 142 and later name the host ("Failed to fetch
  // (api.permutive.com)"), and so do error reporters that rewrite fetch's messages (Sentry).
  FETCH_FAILURES.has(message.replace(/ \([^()\s]+\)$/, '')) ||
  // Deno names the URL and its own cause: "error sending request for url (https://…): …".
  message.startsWith('error sending request for url (');

// An error from any realm (an iframe, node:vm, a test environment), where `instanceof Error`
// fails: the built-in tag says what made it.
const isError = (value: unknown) =>
  value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';

/** Whether a signal aborted because its time ran out (`AbortSignal.timeout()`). */
export const signalTimedOut = (signal: unknown) =>
  str(get(get(signal, 'reason'), 'name')) === 'TimeoutError';

// A caller's `AbortSignal.timeout()` reaches axios as a plain cancellation; the signal says why.
const timedOutSignal = (thrown: unknown) =>
  signalTimedOut(get(get(thrown, 'config'), 'signal')) ||
  str(get(get(thrown, 'cause'), 'name')) === 'TimeoutError';

// Error names and codes of failures without a response, tried in this order: DOMException names,
// axios codes, Node's socket codes, and Bun's codes for a refused or dropped connection.
const WITHOUT_RESPONSE: {
  kind: PermutiveErrorKind;
  names: ReadonlySet<string>;
  codes: ReadonlySet<string>;
}[] = [
  {
    kind: 'aborted',
    names: new Set(['AbortError', 'CanceledError']),
    codes: new Set(['ERR_CANCELED']),
  },
  {
    kind: 'timeout',
    names: new Set(['TimeoutError']),
    codes: new Set(['ECONNABORTED', 'ETIMEDOUT']),
  },
  {
    kind: 'network',
    names: new Set(['NetworkError']),
    codes: new Set([
      'ERR_NETWORK',
      'ECONNRESET',
      'ECONNREFUSED',
      'ENOTFOUND',
      'EAI_AGAIN',
      'EPIPE',
      'ConnectionRefused',
      'ConnectionClosed',
      'FailedToOpenSocket',
    ]),
  },
];

/** The kind of a failure that has no response, from its name, code and message. */
function kindWithoutResponse(thrown: unknown): PermutiveErrorKind | undefined {
  const name = str(get(thrown, 'name'));
  const message = str(get(thrown, 'message'));
  if (name === 'TypeError' && message !== undefined && isFetchFailure(message)) return 'network';
  const code = str(get(thrown, 'code'));
  const known = WITHOUT_RESPONSE.find(
    ({ names, codes }) =>
      (name !== undefined && names.has(name)) || (code !== undefined && codes.has(code)),
  );
  // undici's codes all start so: UND_ERR_SOCKET, UND_ERR_CONNECT_TIMEOUT, …
  return known?.kind ?? (code?.startsWith('UND_ERR') ? 'network' : undefined);
}

function decode(thrown: unknown, depth: number): PermutiveErrorModel {
  if (isPermutiveErrorModel(thrown)) return ownModel(thrown);
  const own = get(thrown, 'model');
  if (isPermutiveErrorModel(own)) return ownModel(own);
  if (typeof thrown === 'string') return fromHttp(null, null, thrown);
  if (thrown === null || typeof thrown !== 'object') return createModel('unknown');

  // axios, ky and ofetch errors carry `response`; a thrown Response or SWR-style error has
  // `status` itself.
  const response = get(thrown, 'response');
  const http = isStatus(get(response, 'status'))
    ? response
    : isStatus(get(thrown, 'status'))
      ? thrown
      : null;
  const error = isError(thrown);
  if (http) {
    const data = [get(http, 'data'), get(thrown, 'data'), get(thrown, 'info')].find(
      (d) => d != null,
    );
    return fromHttp(
      get(http, 'status') as number,
      get(http, 'headers'),
      data ?? thrown,
      data == null && error,
    );
  }

  const kind = kindWithoutResponse(thrown);
  if (kind === 'aborted' && timedOutSignal(thrown)) return createModel('timeout');
  if (kind) return createModel(kind);
  const model = fromHttp(null, get(thrown, 'headers'), thrown, error);
  if (model.kind !== 'unknown' || depth > 3) return model;
  // A wrapper error may carry the real failure as its `cause`.
  const cause = get(thrown, 'cause');
  return cause == null ? model : decode(cause, depth + 1);
}

// The model of each thrown object, so that decoding it again (in every render, in every
// component that shows it) gives the same model.
const decoded = new WeakMap<object, PermutiveErrorModel>();

/**
 * Turns any thrown value into the error model. Synchronous and total: it never throws. A model
 * the kit made (or the kit's `PermutiveError`) comes back unchanged, any other value shaped like
 * a model is checked like other input, and the same thrown object always gives the same model:
 * an object is decoded once, so decode it when it is complete (an interceptor that fills in
 * `response.data` runs first). A body the kit's components read for it (ky 1's `HTTPError`)
 * makes the fuller model from then on.
 *
 * @example
 * ```ts
 * try {
 *   await api.get('/cohorts');
 * } catch (error) {
 *   const { kind, status, requestId } = decodePermutiveError(error);
 * }
 * ```
 */
export function decodePermutiveError(thrown: unknown): PermutiveErrorModel {
  if (isOwnModel(thrown)) return thrown;
  const key = (typeof thrown === 'object' && thrown !== null) || typeof thrown === 'function';
  let model = key ? decoded.get(thrown) : undefined;
  if (model) return model;
  try {
    model = decode(thrown, 0);
  } catch {
    model = createModel('unknown');
  }
  if (key) decoded.set(thrown, model);
  return model;
}

/** Keeps the model read from a thrown value's body as the model that value decodes to. */
export const remember = (thrown: object, model: PermutiveErrorModel) => {
  decoded.set(thrown, model);
};
