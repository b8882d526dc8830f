const LIVE = '[role="alert"], [role="status"], [role="log"], [aria-live]:not([aria-live="off"])';

/** What one live region said, and how (assertive for alerts, else polite). */
export interface Announcement {
  text: string;
  politeness: 'assertive' | 'polite';
}

const politeness = (region: Element): Announcement['politeness'] =>
  region.getAttribute('aria-live') === 'assertive' ||
  (region.getAttribute('role') === 'alert' && region.getAttribute('aria-live') !== 'polite')
    ? 'assertive'
    : 'polite';

/**
 * Records what every live region in the page says over time, as a screen reader hears it: each
 * time a region's text changes to something non-empty (a region mounted with text included), that
 * is one announcement of the region's whole text.
 */
export function watchLiveRegions() {
  const said: Announcement[] = [];
  const last = new WeakMap<Element, string>();
  const hear = (records: MutationRecord[]) => {
    const touched = new Set<Element>();
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      const region = target?.closest(LIVE);
      if (region) touched.add(region);
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(LIVE)) touched.add(node);
        for (const inner of node.querySelectorAll(LIVE)) touched.add(inner);
      }
    }
    for (const region of touched) {
      if (!region.isConnected) continue;
      const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text && text !== last.get(region)) said.push({ text, politeness: politeness(region) });
      last.set(region, text);
    }
  };
  const observer = new MutationObserver(hear);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  /** Reads what is pending now, then stops watching (no wait: for tests on fake timers). */
  const take = () => {
    const pending = observer.takeRecords();
    if (pending.length) hear(pending);
    observer.disconnect();
    return said;
  };
  return {
    said,
    take,
    /** Lets pending mutations land (the region's fill, on the real clock), then stops watching. */
    stop: async () => {
      await new Promise((done) => setTimeout(done, 100));
      return take();
    },
  };
}
