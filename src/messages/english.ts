/**
 * Every string the components show or announce, besides the error copy itself.
 *
 * @example
 * ```ts
 * const ui: Partial<UiStrings> = { retry: 'Reload', retryIn: (wait) => `Reload in ${wait}` };
 * ```
 */
export interface UiStrings {
  /** The retry button. */
  retry: string;
  /** The retry button while it waits for `Retry-After`; `wait` comes from {@link UiStrings.wait}. */
  retryIn: (wait: string) => string;
  /** A wait as people say it, such as "1 min 30 s". */
  wait: (seconds: number) => string;
  /** The retry button while a retry is under way; `of` is absent when the limit is unknown. */
  retrying: (attempt?: number, of?: number) => string;
  /** How many requests failed the same way, as a toast that gathers them says it ("3 requests failed"). */
  requestsFailed: (count: number) => string;
  /** The title shown while requests wait for the browser to be back online. */
  offline: string;
  /** Below {@link UiStrings.offline}: what happens next. */
  offlineNext: string;
  /** The dismiss button's accessible name. */
  dismiss: string;
  /** Closes the box shown when copying failed. */
  close: string;
  /** Between a label and its value ("Request ID: …"); French puts a space before the colon. */
  separator: string;
  /** The label before a request id. */
  requestId: string;
  /** The copy button's visible text. */
  copy: string;
  /** The request id copy button's accessible name. */
  copyRequestId: string;
  /** A copy button's label for a moment after copying. */
  copied: string;
  /** Shown above the text to copy by hand when copying failed. */
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
  /** The support block's label for the HTTP status. */
  status: string;
  /** The support block's label for the Permutive subcode. */
  code: string;
  /** The support block's label for the server's message. */
  message: string;
  /** The support block's label for the server's cause. */
  cause: string;
  /** The support block's label for the time of copying. */
  time: string;
  /** The support block's label for the page's path. */
  page: string;
}

/**
 * A wait as people say it, in hours, minutes and seconds ("1 h 2 min 5 s"), with `space` between
 * each number and its unit (French uses a no-break space).
 */
export const formatWait = (space: string) => (seconds: number) => {
  const unit = (value: number, name: string) => (value ? `${value}${space}${name}` : '');
  return (
    [
      unit(Math.floor(seconds / 3600), 'h'),
      unit(Math.floor((seconds % 3600) / 60), 'min'),
      unit(seconds % 60, 's'),
    ]
      .filter(Boolean)
      .join(' ') || `0${space}s`
  );
};

// Apart, so that the global handler's toasts take these two without the whole catalogue.
const retry = 'Try again';
const requestsFailed = (count: number) => `${count} ${count === 1 ? 'request' : 'requests'} failed`;
export const englishToast: Pick<UiStrings, 'retry' | 'requestsFailed'> = { retry, requestsFailed };

/** The English UI strings. */
export const englishUi: UiStrings = {
  retry,
  requestsFailed,
  retryIn: (wait) => `Try again in ${wait}`,
  // Marked pure so that an entry taking only englishToast leaves the rest of this object out.
  wait: /* @__PURE__ */ formatWait(' '),
  retrying: (attempt, of) =>
    attempt ? `Retrying… attempt ${attempt}${of ? ` of ${of}` : ''}` : 'Retrying…',
  offline: "You're offline",
  offlineNext: "We'll try again when you're back online.",
  dismiss: 'Dismiss',
  close: 'Close',
  separator: ': ',
  requestId: 'Request ID',
  copy: 'Copy',
  copyRequestId: 'Copy request ID',
  copied: 'Copied',
  copyFailed: "Couldn't copy. Select the text and copy it.",
  copySupport: 'Copy support details',
  details: 'Details',
  showAll: 'Show all',
  showLess: 'Show less',
  docs: 'Help with this error',
  newTab: '(opens in a new tab)',
  status: 'Status',
  code: 'Code',
  message: 'Message',
  cause: 'Cause',
  time: 'Time',
  page: 'Page',
};
