import { useEffect, useState } from 'react';
import { decodePermutiveError } from '../core/decode.js';
import type { PermutiveErrorModel } from '../core/model.js';
import { readOnce } from '../core/response.js';

/**
 * The model of a thrown value, in a component; `null` for none. A value that carries an unread
 * body (ky 1's `HTTPError`) gives its model from status and headers at once, then the full one
 * (message, cause, docs link, request id) once the body has been read: once, however many
 * components show it.
 */
export function useErrorModel(error: unknown): PermutiveErrorModel | null {
  const [, setRead] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    void readOnce(error)?.then(() => {
      if (live) setRead(error);
    });
    return () => {
      live = false;
    };
  }, [error]);
  return error == null ? null : decodePermutiveError(error);
}
