import { useState } from 'react';
import { redact } from '../../core/index.js';

/** Writes text to the clipboard: the Clipboard API first, then a selected textarea. */
async function copyText(text: string): Promise<boolean> {
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

// After a copy: done, or the text to copy by hand. A fresh object per copy, so that a timer left
// from an earlier copy can tell it no longer holds.
type Outcome = { copied: true } | { copied: false; failed: string };

/**
 * Copy state for a button: `copy(text)` redacts each line and copies. `copied` is true for a
 * moment after a copy; `failed` holds the text to copy by hand until `close()`. One state and no
 * effect, so a button that is never pressed costs a single hook.
 */
export function useCopy() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const copy = async (raw: string) => {
    // Line by line (`.` stops at line ends): a line that ends in a secret's name ("x-api-key:")
    // must not take the next line's start (a support block's next label) for its value.
    const text = raw.replace(/.+/g, redact);
    if (await copyText(text)) {
      const done = { copied: true } as const;
      setOutcome(done);
      // Harmless after unmount; a later copy replaces `done`, so this timer leaves it alone.
      setTimeout(() => setOutcome((now) => (now === done ? null : now)), COPIED_FOR_MS);
    } else {
      setOutcome({ copied: false, failed: text });
    }
  };
  return {
    copied: outcome?.copied === true,
    failed: outcome && !outcome.copied ? outcome.failed : null,
    copy,
    close: () => setOutcome(null),
  };
}
