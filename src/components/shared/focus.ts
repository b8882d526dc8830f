const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

const usable = (node: Element): node is HTMLElement =>
  node instanceof HTMLElement && node.isConnected && node.getClientRects().length > 0;

/** The focusable elements in `within`, in document order. */
export const focusables = (within: ParentNode) =>
  [...within.querySelectorAll(FOCUSABLE)].filter(usable);

/**
 * Where focus goes when `gone` (a banner) is about to leave the page with focus inside it: the
 * first focusable element after it in document order, else the last one before it.
 */
export function focusBeside(gone: Element, within: ParentNode = document): HTMLElement | null {
  const all = focusables(within).filter((node) => !gone.contains(node));
  const after = all.find(
    (node) => gone.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  return after ?? all.at(-1) ?? null;
}
