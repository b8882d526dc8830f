import { readEnvelope } from './envelope.js';
import { safeDocsUrl } from './links.js';
import {
  createModel,
  isPermutiveErrorModel,
  kindFromStatus,
  type PermutiveErrorKind,
  type PermutiveErrorModel,
} from './model.js';
import { get, header, retryAfterMs, str } from './read.js';

// Status texts as the APIs spell them, compared with spaces, case and separators removed.
const STATUS_TEXT: Record<string, number> = {
  badrequest: 400,
  unauthorized: 401,
  forbidden: 403,
  notfound: 404,
  requesttimeout: 408,
  conflict: 409,
  gone: 410,
  toomanyrequests: 429,
  internalservererror: 500,
  badgateway: 502,
  serviceunavailable: 503,
  gatewaytimeout: 504,
};

const isStatus = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 100 && (value as number) < 600;

function statusFromText(text: string | number | undefined): number | null {
  if (isStatus(text)) return text;
  const key = String(text ?? '')
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  return STATUS_TEXT[key] ?? (isStatus(Number(key)) ? Number(key) : null);
}

/** Builds a model from an HTTP status (or none), its headers and a body in any form. */
export function fromHttp(
  status: number | null,
  headers: unknown,
  body: unknown,
  bodyIsError = false,
): PermutiveErrorModel {
  const envelope = readEnvelope(body, !bodyIsError);
  const resolved = isStatus(status) ? status : statusFromText(envelope.statusText);
  return createModel(resolved === null ? 'unknown' : kindFromStatus(resolved), {
    status: resolved,
    code: envelope.code,
    message: envelope.message,
    cause: envelope.cause,
    docs: safeDocsUrl(envelope.docs),
    requestId:
      envelope.requestId || header(headers, 'x-request-id') || header(headers, 'request-id'),
    retryAfterMs: retryAfterMs(header(headers, 'retry-after')),
  });
}

// Names and codes of failures without a response: fetch and DOMException names, axios codes
// and Node's socket codes. A TypeError counts as network only with a fetch-like message.
const WITHOUT_RESPONSE: [RegExp, PermutiveErrorKind][] = [
  [/^(AbortError|CanceledError)\||\|ERR_CANCELED\|/, 'aborted'],
  [/^TimeoutError\||\|(ECONNABORTED|ETIMEDOUT)\|/, 'timeout'],
  [
    /^NetworkError\||\|(ERR_NETWORK|ECONNRESET|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EPIPE|UND_ERR\w*)\||^TypeError\|.*(fetch|network|load failed|terminated)/i,
    'network',
  ],
];

/** The kind of a failure that has no response, from its `name|code|message`. */
const kindWithoutResponse = (thrown: unknown) => {
  const id = ['name', 'code', 'message'].map((key) => str(get(thrown, key))).join('|');
  return WITHOUT_RESPONSE.find(([pattern]) => pattern.test(id))?.[1];
};

function decode(thrown: unknown, depth: number): PermutiveErrorModel {
  if (isPermutiveErrorModel(thrown)) return thrown;
  const own = get(thrown, 'model');
  if (isPermutiveErrorModel(own)) return own;
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
  const isError = thrown instanceof Error;
  if (http) {
    const data = [get(http, 'data'), get(thrown, 'data'), get(thrown, 'info')].find(
      (d) => d != null,
    );
    return fromHttp(
      get(http, 'status') as number,
      get(http, 'headers'),
      data ?? thrown,
      data == null && isError,
    );
  }

  const kind = kindWithoutResponse(thrown);
  if (kind) return createModel(kind);
  const model = fromHttp(null, get(thrown, 'headers'), thrown, isError);
  if (model.kind !== 'unknown' || depth > 3) return model;
  // A wrapper error may carry the real failure as its `cause`.
  const cause = get(thrown, 'cause');
  return cause == null ? model : decode(cause, depth + 1);
}

/**
 * Turns any thrown value into the error model. Synchronous and total: it never throws. A model
 * (or the kit's `PermutiveError`) comes back unchanged.
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
  try {
    return decode(thrown, 0);
  } catch {
    return createModel('unknown');
  }
}

/**
 * Reads a failed `Response` (its body once, as JSON whatever the content type) into the error
 * model. Never rejects.
 *
 * @example
 * ```ts
 * const response = await fetch(url);
 * if (!response.ok) throw new PermutiveError(await readPermutiveError(response));
 * ```
 */
export async function readPermutiveError(response: Response): Promise<PermutiveErrorModel> {
  let text: string | undefined;
  try {
    text = await response.text();
  } catch {
    // A body that cannot be read (used, reset mid-stream) still leaves status and headers.
  }
  try {
    return fromHttp(response.status, response.headers, text);
  } catch {
    return decodePermutiveError(response);
  }
}
