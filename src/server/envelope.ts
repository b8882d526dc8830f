import { decodePermutiveError } from '../core/decode.js';
import { MAX_WAIT_MS } from '../core/headers.js';
import { type PermutiveErrorModel, STATUS_PHRASES } from '../core/model.js';

/**
 * Permutive's error envelope, as a backend relays it. The kit's decoder reads it back.
 *
 * @example
 * ```ts
 * const body: PermutiveEnvelope = toPermutiveEnvelope(model);
 * ```
 */
export interface PermutiveEnvelope {
  /** The id a customer quotes to Permutive's support; `null` when the failure had none. */
  request_id: string | null;
  error: {
    /** The status text, such as `"Unauthorized"`. */
    status: string;
    /** The Permutive subcode (a safe integer), or `null`. */
    code: number | null;
    /** The upstream's own message (redacted), or `null`. */
    message: string | null;
    /** The upstream's cause (redacted); absent when there is none. */
    cause?: string;
    /** A safe https docs link on an allowed host, or `null`. */
    docs: string | null;
  };
}

/** Everything a relayed failure writes: its status, its body and its headers. */
export interface Relayed {
  status: number;
  envelope: PermutiveEnvelope;
  headers: [name: string, value: string][];
}

// A header value must be visible ASCII; a request id with anything else stays in the body only.
const HEADER_SAFE = /^[\x21-\x7e]{1,256}$/;

const isErrorStatus = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 400 && (value as number) < 600;

/**
 * The HTTP status a relayed failure answers with: the upstream's error status; 504 for a
 * timeout and 502 for a network failure without one; 502 for an upstream status that is not
 * an error (a 2xx whose body was unusable); otherwise 500.
 */
function relayStatus({ status, kind }: PermutiveErrorModel): number {
  if (isErrorStatus(status)) return status;
  if (kind === 'timeout') return 504;
  return kind === 'network' || status !== null ? 502 : 500;
}

/**
 * The one step between a failure and what `/server` writes, so no value reaches a header or
 * the body unchecked: the decoder's model (text redacted, only a safe link), an error status
 * (`status` when it is one), a safe-integer code, the request id as a header only when it is a
 * valid one, and Retry-After as delay-seconds, rounded up, that the reader takes back.
 */
export function relay(thrown: unknown, status?: unknown): Relayed {
  const model = decodePermutiveError(thrown);
  const answered = isErrorStatus(status) ? status : relayStatus(model);
  const { requestId, retryAfterMs } = model;
  // A negative wait is now; NaN or Infinity, none.
  const seconds = Math.max(0, Math.ceil((retryAfterMs ?? Number.NaN) / 1000));
  const headers: Relayed['headers'] = [
    ['content-type', 'application/json; charset=utf-8'],
    ['cache-control', 'no-store'],
  ];
  if (requestId && HEADER_SAFE.test(requestId)) headers.push(['x-request-id', requestId]);
  // A longer wait than the reader takes it would not read back.
  if (seconds * 1000 < MAX_WAIT_MS) headers.push(['retry-after', String(seconds)]);
  return {
    status: answered,
    envelope: {
      request_id: requestId || null,
      error: {
        // Any other status falls back to its class.
        status: STATUS_PHRASES[answered] ?? (answered < 500 ? 'Client Error' : 'Server Error'),
        // The decoder keeps only safe integers; JSON writes -0 as 0, and the object says the same.
        code: model.code === null ? null : model.code || 0,
        message: model.message || null,
        ...(model.cause ? { cause: model.cause } : {}),
        docs: model.docs,
      },
    },
    headers,
  };
}

/**
 * The envelope for a model: the status it relays with, its subcode, message and cause with
 * secrets redacted, and its docs link only when it is safe.
 *
 * @example
 * ```ts
 * return Response.json(toPermutiveEnvelope(decodePermutiveError(error)), { status: 502 });
 * ```
 */
export function toPermutiveEnvelope(model: PermutiveErrorModel): PermutiveEnvelope {
  return relay(model).envelope;
}
