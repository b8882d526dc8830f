import { ownModel, type PermutiveErrorModel } from './model.js';
import { redact } from './redact.js';
import { get, str } from './values.js';

// How deep a chain of causes is copied; deeper ones are dropped.
const MAX_CAUSES = 4;

/**
 * A thrown value as a cause loggers may print: an error keeps its class (`instanceof TypeError`
 * still holds) with only its name, message, stack and cause, each redacted; its other fields (a
 * client's request, response and options carry the URL and headers) stay behind. Text is
 * redacted; anything else is dropped.
 */
function safeCause(cause: unknown, depth = 0): unknown {
  if (typeof cause === 'string') return redact(cause);
  if (typeof cause !== 'object' || cause === null || depth >= MAX_CAUSES) return undefined;
  const message = str(get(cause, 'message'));
  if (message === undefined) return undefined;
  let copy: Error;
  try {
    const prototype: unknown = Object.getPrototypeOf(cause);
    copy = Object.create(typeof prototype === 'object' ? prototype : Error.prototype) as Error;
  } catch {
    copy = Object.create(Error.prototype) as Error;
  }
  const fields: [string, unknown][] = [
    ['name', str(get(cause, 'name'))],
    ['message', redact(message)],
    ['stack', str(get(cause, 'stack')) && redact(str(get(cause, 'stack')) ?? '')],
    ['cause', safeCause(get(cause, 'cause'), depth + 1)],
  ];
  for (const [key, value] of fields)
    if (value !== undefined)
      Object.defineProperty(copy, key, { value, writable: true, configurable: true });
  return copy;
}

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
   * @param options - `cause`: the original thrown value, kept for logging as a redacted copy
   *   (its class, name, message, stack and cause; a client's request and response left behind)
   */
  constructor(model: PermutiveErrorModel, options?: { cause?: unknown }) {
    // A model built by hand is checked like any other, so the message is redacted too.
    const safe = ownModel(model);
    const cause = safeCause(options?.cause);
    super(
      safe.message ?? `Permutive request failed: ${safe.status ?? safe.kind}`,
      cause === undefined ? undefined : { cause },
    );
    this.model = safe;
  }
}
