export type Politeness = 'assertive' | 'polite';

const regions: Partial<Record<Politeness, HTMLElement>> = {};
const recent = new Map<string, number>();
// Banners of one failure that appear together (several queries failing at once) are spoken once.
const SAME_WINDOW_MS = 1000;
// Long enough for a screen reader to pick the text up, short enough to leave no stale text behind.
const CLEAR_AFTER_MS = 7000;

// Inline, so that the regions stay hidden without the stylesheet.
const HIDDEN =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0';

function region(politeness: Politeness): HTMLElement {
  let node = regions[politeness];
  if (!node?.isConnected) {
    node = document.createElement('div');
    node.setAttribute('aria-live', politeness);
    node.setAttribute('aria-relevant', 'additions text');
    node.dataset.permutiveAnnouncer = politeness;
    node.style.cssText = HIDDEN;
    document.body.append(node);
    regions[politeness] = node;
  }
  return node;
}

/**
 * Speaks `text` once through a live region that is already in the page (one per politeness, shared
 * by every banner): screen readers announce text put into an existing, empty region reliably, and
 * nothing interactive sits inside it. The same text within a second is spoken once.
 */
export function announce(text: string, politeness: Politeness): void {
  if (typeof document === 'undefined' || !text) return;
  const now = Date.now();
  for (const [key, at] of recent) if (now - at > SAME_WINDOW_MS) recent.delete(key);
  if (recent.has(text)) return;
  recent.set(text, now);
  const node = region(politeness);
  // The region must be in the page, empty, before the text arrives.
  setTimeout(() => {
    const line = document.createElement('p');
    line.textContent = text;
    node.replaceChildren(line);
    setTimeout(() => line.remove(), CLEAR_AFTER_MS);
  }, 50);
}
