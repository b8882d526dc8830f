type Politeness = 'assertive' | 'polite';

const regions: Partial<Record<Politeness, HTMLElement>> = {};
const recent = new Map<string, number>();
// Banners of one failure that appear together (several queries failing at once) are spoken once.
const SAME_WINDOW_MS = 1000;

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
// Banners holding each text: it leaves the regions when the last of them goes, so the regions
// never keep stale text and no timer outlives the banners.
const held = new Map<string, number>();
// One timer in all, however many banners announce, and only between an announcement and its text
// reaching the region.
let fill: ReturnType<typeof setTimeout> | undefined;

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
}

function withdraw(text: string) {
  const left = (held.get(text) ?? 1) - 1;
  if (left > 0) {
    held.set(text, left);
    return;
  }
  held.delete(text);
  for (const politeness of ['assertive', 'polite'] as const) {
    // Taken back before it was said (React's strict mode remounts at once): it may be said again.
    if (queued[politeness].includes(text)) recent.delete(text);
    queued[politeness] = queued[politeness].filter((queuedText) => queuedText !== text);
    for (const line of [...(regions[politeness]?.children ?? [])]) {
      if (line.textContent === text) line.remove();
    }
  }
  if (fill && !queued.assertive.length && !queued.polite.length) {
    clearTimeout(fill);
    fill = undefined;
  }
}

const NOTHING = () => {};

/**
 * Speaks `text` once through a live region that is already in the page (one per politeness, shared
 * by every banner): screen readers announce text put into an existing, empty region reliably, and
 * nothing interactive sits inside it. The same text within a second is spoken once. Call the
 * function it returns when the banner goes, to take the text back out.
 */
export function announce(text: string, politeness: Politeness): () => void {
  if (typeof document === 'undefined' || !text) return NOTHING;
  held.set(text, (held.get(text) ?? 0) + 1);
  const now = Date.now();
  // A time in the future is from before the clock was set back: its window is over too.
  for (const [key, at] of recent) if (now < at || now - at > SAME_WINDOW_MS) recent.delete(key);
  if (!recent.has(text)) {
    recent.set(text, now);
    // The region goes in the page now, empty; the text a moment later.
    region(politeness);
    queued[politeness].push(text);
    if (!fill) fill = setTimeout(flush, 50);
  }
  let done = false;
  return () => {
    if (!done) withdraw(text);
    done = true;
  };
}
