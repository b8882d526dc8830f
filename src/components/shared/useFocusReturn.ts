import { type FocusEvent, type Ref, useCallback, useMemo, useRef } from 'react';
import { focusables, focusBeside } from './focus.js';
import { mergeRefs } from './refs.js';

// Whether `node` comes after `first` and before `last` (a neighbour that left too bounds nothing).
const between = (node: Node, first: Node | null, last: Node | null) =>
  (!first?.isConnected ||
    (!first.contains(node) &&
      Boolean(first.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING))) &&
  (!last?.isConnected ||
    Boolean(last.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING));

/**
 * Keeps focus off `<body>` when a banner goes. Leaving the page with focus inside, focus goes to
 * what replaced it, else to the control beside where it was; `leave()` (Dismiss) sends it back
 * to where it came from, else beside.
 */
export function useFocusReturn(ref: Ref<HTMLDivElement> | undefined) {
  const root = useRef<HTMLElement | null>(null);
  const cameFrom = useRef<HTMLElement | null>(null);
  const own = useCallback((node: HTMLElement | null) => {
    const gone = root.current;
    root.current = node;
    if (node || !gone?.contains(document.activeElement)) return;
    // Where the banner stands: what React renders in its place comes between its neighbours.
    const parent = gone.parentNode;
    const before = gone.previousSibling;
    const after = gone.nextSibling;
    const beside = focusBeside(gone);
    queueMicrotask(() => {
      if (document.activeElement && document.activeElement !== document.body) return;
      const fresh = parent?.isConnected
        ? focusables(parent).find((node) => between(node, before, after))
        : undefined;
      (fresh ?? (beside?.isConnected ? beside : null))?.focus();
    });
  }, []);
  // One ref for the root while `ref` stays: a new callback each render would detach and attach
  // it every time, running the leaving-focus check above for nothing.
  const rootRef = useMemo(() => (ref ? mergeRefs(ref, own) : own), [ref, own]);
  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !event.currentTarget.contains(from)) cameFrom.current = from;
  }, []);
  const leave = useCallback(() => {
    const from = cameFrom.current;
    const target =
      from?.isConnected && !root.current?.contains(from)
        ? from
        : root.current && focusBeside(root.current);
    target?.focus();
  }, []);
  return { rootRef, onFocus, leave };
}
