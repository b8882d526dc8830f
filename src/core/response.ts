import { type ReadBodyOptions, readBody } from './body.js';
import { decodePermutiveError, fromHttp, remember } from './decode.js';
import { isStatus, type PermutiveErrorModel } from './model.js';
import { get } from './values.js';

// A fetch `Response`, thrown itself or carried by a client's error (ky's `HTTPError.response`).
const isResponse = (value: unknown): value is Response =>
  isStatus(get(value, 'status')) && typeof get(value, 'text') === 'function';

/** The failed `Response` of a thrown value (or the value itself) whose body nobody has read yet. */
export function unreadResponse(thrown: unknown): Response | undefined {
  const response = [thrown, get(thrown, 'response')].find(isResponse);
  return response && get(response, 'bodyUsed') !== true ? response : undefined;
}

/**
 * Reads any thrown value into the error model. A failed `Response`, or an error carrying one with
 * its body unread (ky 1's `HTTPError`), has at most `maxBytes` of its body read (1 MiB by default,
 * the rest cancelled), as JSON whatever the content type; a body already used (ky 2 keeps it in
 * `data`) and every other value decode as {@link decodePermutiveError} does. Status and headers
 * survive a body that cannot be read, and a body that never ends stops at `signal` or
 * `timeoutMs` (10 s by default). Never rejects.
 *
 * @example
 * ```ts
 * queryFn: () => ky.get('cohorts').json().catch(async (error) => {
 *   throw new PermutiveError(await readPermutiveError(error));
 * }),
 * ```
 */
export async function readPermutiveError(
  thrown: unknown,
  options?: ReadBodyOptions,
): Promise<PermutiveErrorModel> {
  try {
    const response = unreadResponse(thrown);
    if (!response) return decodePermutiveError(thrown);
    const text = await readBody(response, options);
    return fromHttp(response.status, response.headers, text);
  } catch {
    return decodePermutiveError(thrown);
  }
}

// A body that stops arriving must not keep the first model for ever.
const READ_MS = 10_000;
const reading = new WeakMap<object, Promise<PermutiveErrorModel>>();

/**
 * Reads the unread body of a thrown value once, however many components show it (bounded by
 * 10 s); from then on decoding it gives the full model. `undefined` when there is nothing to read.
 */
export function readOnce(thrown: unknown): Promise<PermutiveErrorModel> | undefined {
  if (typeof thrown !== 'object' || thrown === null) return undefined;
  let read = reading.get(thrown);
  if (!read && unreadResponse(thrown)) {
    read = readPermutiveError(thrown, { timeoutMs: READ_MS }).then((model) => {
      remember(thrown, model);
      return model;
    });
    reading.set(thrown, read);
  }
  return read;
}
