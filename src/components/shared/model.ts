import { useEffect, useState } from 'react';
import { unreadResponse } from '../../core/decode.js';
import {
  decodePermutiveError,
  describePermutiveError,
  type ErrorCatalogue,
  type ErrorCopy,
  type PermutiveErrorModel,
  readPermutiveError,
} from '../../core/index.js';

const decoded = new WeakMap<object, PermutiveErrorModel>();

/**
 * The model of a thrown value, decoded once per error object however many components show it;
 * the same error gives the same model, so a new failure is a new model.
 */
export function modelOf(error: unknown): PermutiveErrorModel {
  if ((typeof error !== 'object' && typeof error !== 'function') || error === null)
    return decodePermutiveError(error);
  let model = decoded.get(error);
  if (!model) {
    model = decodePermutiveError(error);
    decoded.set(error, model);
  }
  return model;
}

// A body that stops arriving must not keep the first model for ever.
const READ_MS = 10_000;
const reading = new WeakMap<object, Promise<unknown>>();

// Reads the unread body once per thrown value, however many components show it; the full model
// then replaces the first one for everyone.
function readOnce(error: object) {
  let read = reading.get(error);
  if (!read) {
    read = readPermutiveError(error, { timeoutMs: READ_MS }).then((model) => {
      decoded.set(error, model);
    });
    reading.set(error, read);
  }
  return read;
}

/**
 * {@link modelOf} in a component. A value that carries a response whose body is unread (ky 1's
 * `HTTPError`) is decoded at once from its status and headers, then again, with the envelope's
 * message, cause, docs link and request id, once the body has been read (once, bounded).
 */
export function useModel(error: unknown): PermutiveErrorModel | null {
  const [, setRead] = useState<unknown>(null);
  useEffect(() => {
    if (typeof error !== 'object' || error === null) return;
    if (!reading.has(error) && !unreadResponse(error)) return;
    let live = true;
    void readOnce(error).then(() => {
      if (live) setRead(error);
    });
    return () => {
      live = false;
    };
  }, [error]);
  return error == null ? null : modelOf(error);
}

/**
 * The longest `Retry-After` the decoder reads (about 285,000 years): a longer hand-made wait
 * counts as this, so that its seconds stay whole numbers that a countdown can take one from.
 */
const MAX_WAIT_MS = 9e15;

/** A wait in whole seconds, rounded up: 0 for none, `NaN` or negative; in full up to 9e15 ms. */
export const waitSeconds = (ms: number | null | undefined) =>
  typeof ms === 'number' && ms > 0 ? Math.ceil(Math.min(ms, MAX_WAIT_MS) / 1000) : 0;

const described = new WeakMap<readonly ErrorCatalogue[], WeakMap<PermutiveErrorModel, ErrorCopy>>();

/** The copy for a model in the messages in force, resolved once however many banners show it. */
export function copyOf(
  model: PermutiveErrorModel,
  catalogues: readonly ErrorCatalogue[],
): ErrorCopy {
  let byModel = described.get(catalogues);
  if (!byModel) {
    byModel = new WeakMap();
    described.set(catalogues, byModel);
  }
  let copy = byModel.get(model);
  if (!copy) {
    copy = describePermutiveError(model, ...catalogues);
    byModel.set(model, copy);
  }
  return copy;
}
