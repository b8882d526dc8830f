import { type PermutiveErrorModel, trustedModel } from './model.js';

/**
 * The error the kit's fetch helper throws: an `Error` (so TanStack Query, boundaries and
 * loggers handle it as usual) that carries its decoded model.
 *
 * @example
 * ```ts
 * if (error instanceof PermutiveError && error.model.kind === 'unauthorized') signIn();
 * ```
 */
export class PermutiveError extends Error {
  override readonly name = 'PermutiveError';
  /** The decoded model; `decodePermutiveError(error)` returns it unchanged. */
  readonly model: PermutiveErrorModel;

  /**
   * @param model - the decoded failure
   * @param options - `cause`: the original thrown value, kept for logging
   */
  constructor(model: PermutiveErrorModel, options?: { cause?: unknown }) {
    // A model built by hand is checked like any other, so the message is redacted too.
    const safe = trustedModel(model);
    super(safe.message ?? `Permutive request failed: ${safe.status ?? safe.kind}`, options);
    this.model = safe;
  }
}
