import { useEffect, useRef, useState } from 'react';
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

/** Copy state for a button: `copy(text)` redacts and copies; `result` shows for a moment. */
export function useCopy() {
  const [state, setState] = useState<{ result: 'copied' | 'failed' | null; count: number }>({
    result: null,
    count: 0,
  });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async (text: string) => {
    const copied = await copyText(redact(text));
    clearTimeout(timer.current);
    setState((s) => ({ result: copied ? 'copied' : 'failed', count: s.count + 1 }));
    timer.current = setTimeout(() => setState((s) => ({ ...s, result: null })), 2500);
  };
  return { ...state, copy };
}
