import { safeDocsUrl } from './links.js';
import { redact } from './redact.js';

/**
 * What happened, for choosing copy and behaviour.
 *
 * @example
 * ```ts
 * if (model.kind === 'unauthorized') redirectToSignIn();
 * ```
 */
export type PermutiveErrorKind =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'timeout'
  | 'server'
  | 'network'
  | 'aborted'
  | 'invalid-response'
  | 'unknown';

/**
 * The one typed form of every failure, whatever was thrown. See the README's error model.
 *
 * @example
 * ```ts
 * const model = decodePermutiveError(error);
 * console.log(model.status, model.code, model.requestId);
 * ```
 */
export interface PermutiveErrorModel {
  /** What happened, for choosing copy and behaviour. */
  readonly kind: PermutiveErrorKind;
  /** The HTTP status; `null` when there was no response. */
  readonly status: number | null;
  /** The Permutive subcode (such as `2000`), when the body carries an integer one. */
  readonly code: number | null;
  /** The server's own human message, when there is one. Untrusted: show it as text. */
  readonly message: string | null;
  /** The server's optional `cause`. Untrusted: show it as text. */
  readonly cause: string | null;
  /** The docs link, only when it is a safe https link to an allowed host. */
  readonly docs: string | null;
  /** The id a customer quotes to Permutive's support. */
  readonly requestId: string | null;
  /** True for `network`, `timeout`, `rate-limited` and `server`. */
  readonly retryable: boolean;
  /** The wait the server asked for in `Retry-After`, in milliseconds. */
  readonly retryAfterMs: number | null;
}

/** Every kind, in the contract's order. */
export const PERMUTIVE_ERROR_KINDS: readonly PermutiveErrorKind[] = [
  'bad-request',
  'unauthorized',
  'forbidden',
  'not-found',
  'rate-limited',
  'timeout',
  'server',
  'network',
  'aborted',
  'invalid-response',
  'unknown',
];

const RETRYABLE: readonly PermutiveErrorKind[] = ['network', 'timeout', 'rate-limited', 'server'];
const BY_STATUS: Record<number, PermutiveErrorKind> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  408: 'timeout',
  410: 'not-found',
  429: 'rate-limited',
};

/** Reason phrases as Permutive's APIs spell them, for the error statuses they answer with. */
export const STATUS_PHRASES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * The kind an HTTP status means, or `unknown` for a status that is not an error.
 *
 * @example
 * ```ts
 * kindFromStatus(410); // 'not-found'
 * ```
 */
export function kindFromStatus(status: number): PermutiveErrorKind {
  return status >= 500 && status < 600
    ? 'server'
    : status >= 400 && status < 500
      ? (BY_STATUS[status] ?? 'bad-request')
      : 'unknown';
}

// Each nullable field of the model and the type it holds when it is not null.
const NULLABLE_FIELDS = Object.entries({
  status: 'number',
  code: 'number',
  message: 'string',
  cause: 'string',
  docs: 'string',
  requestId: 'string',
  retryAfterMs: 'number',
});

/** True for an integer HTTP status, 100 to 599. */
export const isStatus = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 100 && (value as number) < 600;

// Control characters and bidi overrides, which can make shown text read other than it is
// (U+202E turns "exe.txt" around); tabs and line breaks stay, the rarer ones (vertical tab, form
// feed, next line) as a plain line break.
const CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u202A-\u202E\u2066-\u2069]/g;
const BREAKS = /[\v\f\u0085]/g;
const text = (value: unknown) =>
  typeof value === 'string' ? redact(value.replace(CONTROLS, '').replace(BREAKS, '\n')) : null;

// A wait is a finite number of milliseconds; a negative one means now, NaN or Infinity none.
const wait = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : null;

// Every model the kit made, and only those: anything else shaped like one (a clone, a parsed
// body, a Proxy, the other build's copy) is input, checked by building it again.
const made = new WeakSet<object>();

/**
 * Builds a model from its parts (missing ones are `null`): `retryable` follows the kind, text
 * is redacted, the docs link kept only when safe, and `retryAfterMs` made a usable wait.
 *
 * @example
 * ```ts
 * createModel('server', { status: 503, retryAfterMs: 5000 });
 * ```
 */
export function createModel(
  kind: PermutiveErrorKind,
  parts: Partial<Omit<PermutiveErrorModel, 'kind' | 'retryable'>> = {},
): PermutiveErrorModel {
  // Each part read once: a getter could answer one thing to a check and another to its use.
  const { status, code, message, cause, docs, requestId, retryAfterMs } = parts;
  const link = safeDocsUrl(docs);
  const redacted = link && redact(link);
  const model: PermutiveErrorModel = Object.freeze({
    kind,
    status: isStatus(status) ? status : null,
    code: Number.isSafeInteger(code) ? (code as number) : null,
    message: text(message),
    cause: text(cause),
    // Redaction can break a link (a host named like a secret): one it changed is vetted again.
    docs: redacted === link ? link : safeDocsUrl(redacted),
    requestId: text(requestId),
    retryable: RETRYABLE.includes(kind),
    retryAfterMs: wait(retryAfterMs),
  });
  made.add(model);
  return model;
}

/** A model the kit made, as it is; any other model-shaped value built again from its parts. */
export function ownModel(model: PermutiveErrorModel): PermutiveErrorModel {
  if (made.has(model)) return model;
  const kind = model.kind;
  return createModel(PERMUTIVE_ERROR_KINDS.includes(kind) ? kind : 'unknown', model);
}

/** Whether `value` is a model the kit made. */
export const isOwnModel = (value: unknown): value is PermutiveErrorModel =>
  typeof value === 'object' && value !== null && made.has(value);

/**
 * True when `value` has every field of a model with the right type, such as one the decoder
 * produced before (even after a structured clone).
 *
 * @example
 * ```ts
 * if (isPermutiveErrorModel(value)) showBanner(value);
 * ```
 */
export function isPermutiveErrorModel(value: unknown): value is PermutiveErrorModel {
  try {
    const m = value as Record<string, unknown>;
    return (
      typeof m === 'object' &&
      m !== null &&
      PERMUTIVE_ERROR_KINDS.includes(m.kind as PermutiveErrorKind) &&
      typeof m.retryable === 'boolean' &&
      NULLABLE_FIELDS.every(([key, type]) => m[key] === null || typeof m[key] === type)
    );
  } catch {
    return false;
  }
}
