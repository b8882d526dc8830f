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

const queued: Record<Politeness, string[]> = { assertive: [], polite: [] };
// At most two timers in all, however many banners announce: one to fill the regions, one to empty them.
let fill: ReturnType<typeof setTimeout> | undefined;
let empty: ReturnType<typeof setTimeout> | undefined;

function flush() {
  fill = undefined;
  for (const politeness of ['assertive', 'polite'] as const) {
    const texts = queued[politeness].splice(0);
    if (!texts.length) continue;
    region(politeness).replaceChildren(
      ...texts.map((text) => {
        const line = document.createElement('p');
        line.textContent = text;
        return line;
      }),
    );
  }
  clearTimeout(empty);
  empty = setTimeout(() => {
    for (const node of Object.values(regions)) node?.replaceChildren();
  }, CLEAR_AFTER_MS);
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
  // The region goes in the page now, empty; the text a moment later.
  region(politeness);
  queued[politeness].push(text);
  if (!fill) fill = setTimeout(flush, 50);
}
