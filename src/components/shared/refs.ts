import type { Ref, RefCallback } from 'react';

/** One ref callback that sets every given ref, so a component can forward its root's ref and keep its own. */
export const mergeRefs =
  <T>(...refs: (Ref<T> | undefined)[]): RefCallback<T> =>
  (node) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    }
  };
