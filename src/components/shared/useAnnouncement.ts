import { useCallback, useEffect, useRef } from 'react';
import { announce } from '../announce.js';

// What a banner has said: for which error, in which words, and whether Try again was pressed since.
const silence = () => ({
  shown: null as object | null,
  said: '',
  pressed: false,
  release: () => {},
});

/**
 * Says `words` once per new `shown` error, politely when `quiet`, else assertively. A failure
 * that arrives while retries continue is progress, and one in the words already said is the same
 * failure still there; neither is news, unless the person pressed Try again (call the returned
 * function) and is waiting to hear how it went. What was said leaves the live region with it.
 */
export function useAnnouncement(
  shown: object | null,
  words: string,
  quiet: boolean,
  retrying: boolean,
): () => void {
  const last = useRef(silence());
  useEffect(() => {
    const was = last.current;
    if (!shown) {
      was.release();
      last.current = silence();
      return;
    }
    if (shown === was.shown) return;
    was.shown = shown;
    if (was.said && !was.pressed && (retrying || words === was.said)) return;
    was.release();
    was.said = words;
    was.pressed = false;
    was.release = announce(words, quiet ? 'polite' : 'assertive');
  }, [shown, words, quiet, retrying]);
  // A remount, as in strict mode, says it again.
  useEffect(
    () => () => {
      last.current.release();
      last.current = silence();
    },
    [],
  );
  return useCallback(() => {
    last.current.pressed = true;
  }, []);
}
