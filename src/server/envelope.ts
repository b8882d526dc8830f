import { type PermutiveErrorModel, STATUS_PHRASES, trustedModel } from '../core/model.js';

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
    /** The Permutive subcode, or `null`. */
    code: number | null;
    /** The upstream's own message (redacted), or `null`. */
    message: string | null;
    /** The upstream's cause (redacted); absent when there is none. */
    cause?: string;
    /** A safe https docs link on an allowed host, or `null`. */
    docs: string | null;
  };
}

/**
 * The HTTP status a relayed failure answers with: the upstream's error status; 504 for a
 * timeout and 502 for a network failure without one; 502 for an upstream status that is not
 * an error (a 2xx whose body was unusable); otherwise 500.
 */
export function relayStatus(model: PermutiveErrorModel): number {
  const { status, kind } = model;
  if (status !== null && status >= 400 && status < 600) return status;
  if (kind === 'timeout') return 504;
  return kind === 'network' || status !== null ? 502 : 500;
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
  // A model built by hand is checked as the decoder checks one: text redacted, only a safe link.
  const safe = trustedModel(model);
  const status = relayStatus(safe);
  return {
    request_id: safe.requestId,
    error: {
      // Any other status falls back to its class.
      status: STATUS_PHRASES[status] ?? (status < 500 ? 'Client Error' : 'Server Error'),
      code: safe.code,
      message: safe.message || null,
      ...(safe.cause ? { cause: safe.cause } : {}),
      docs: safe.docs,
    },
  };
}
