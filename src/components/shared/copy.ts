import { useRef, useState } from 'react';
import { redact } from './redact.js';

/** Writes text to the clipboard: the Clipboard API first, then a selected textarea. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Missing, denied or not focused: fall back to the selection.
  }
  const active = document.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  try {
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0;inset-block-start:0;pointer-events:none';
    document.body.append(area);
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    active?.focus();
  }
}

const COPIED_FOR_MS = 2000;

/**
 * Copy state for a button: `copy(text)` redacts and copies. `copied` is true for a moment after
 * a copy (the only time a timer runs, and it is harmless after unmount); `failed` holds the text to copy by hand until `close()`.
 */
export function useCopy() {
  const [copied, setCopied] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const copy = async (raw: string) => {
    const text = redact(raw);
    clearTimeout(timer.current);
    if (await copyText(text)) {
      setFailed(null);
      setCopied(true);
      timer.current = setTimeout(() => setCopied(false), COPIED_FOR_MS);
    } else {
      setCopied(false);
      setFailed(text);
    }
  };
  return { copied, failed, copy, close: () => setFailed(null) };
}
