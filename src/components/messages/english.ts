/**
 * Every string the components show or announce, besides the error copy itself.
 *
 * @example
 * ```ts
 * const ui: Partial<UiStrings> = { retry: 'Reload', retryIn: (s) => `Reload in ${s}s` };
 * ```
 */
export interface UiStrings {
  /** The retry button. */
  retry: string;
  /** The retry button while it waits for `Retry-After`. */
  retryIn: (seconds: number) => string;
  /** The dismiss button's accessible name. */
  dismiss: string;
  /** The label before a request id. */
  requestId: string;
  /** The copy button's visible text. */
  copy: string;
  /** The request id copy button's accessible name. */
  copyRequestId: string;
  /** Shown and announced after a copy. */
  copied: string;
  /** Shown and announced when copying failed. */
  copyFailed: string;
  /** The button that copies a block for a support ticket. */
  copySupport: string;
  /** The summary of the cause disclosure. */
  details: string;
  /** Expands a long cause. */
  showAll: string;
  /** Collapses a long cause. */
  showLess: string;
  /** The docs link. */
  docs: string;
  /** Added to the docs link's name for screen readers. */
  newTab: string;
  /** Labels of the support block. */
  status: string;
  code: string;
  time: string;
  page: string;
}

/** The English UI strings. */
export const englishUi: UiStrings = {
  retry: 'Try again',
  retryIn: (seconds) => `Try again in ${seconds}s`,
  dismiss: 'Dismiss',
  requestId: 'Request ID',
  copy: 'Copy',
  copyRequestId: 'Copy request ID',
  copied: 'Copied',
  copyFailed: "Couldn't copy. Select the text and copy it.",
  copySupport: 'Copy support details',
  details: 'Details',
  showAll: 'Show all',
  showLess: 'Show less',
  docs: 'Read the docs',
  newTab: '(opens in a new tab)',
  status: 'Status',
  code: 'Code',
  time: 'Time',
  page: 'Page',
};
