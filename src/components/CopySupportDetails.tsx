import { type ButtonHTMLAttributes, forwardRef } from 'react';
import { decodePermutiveError, type PermutiveErrorModel } from '../core/index.js';
import { useErrorMessages } from '../messages/ErrorMessagesProvider.js';
import type { UiStrings } from '../messages/english.js';
import { CopyButton } from './CopyButton.js';

// Every break a text viewer starts a new line at (LF, VT, FF, CR, NEL, LS, PS): a server's text
// cannot forge a field.
const LINE_BREAKS = /[\n-\r\x85\u2028\u2029]+/g;

/**
 * The plain-text block for a support ticket: request id, status, code, the server's message and
 * cause in full, time and page path, each on one line.
 *
 * @example
 * ```ts
 * supportDetails(model, englishUi, new Date(), '/cohorts');
 * ```
 */
export function supportDetails(
  model: PermutiveErrorModel,
  ui: UiStrings,
  time: Date,
  page: string,
): string {
  return [
    [ui.requestId, model.requestId],
    [ui.status, model.status ?? model.kind],
    [ui.code, model.code],
    [ui.message, model.message],
    [ui.cause, model.cause],
    [ui.time, time.toISOString()],
    [ui.page, page],
  ]
    .filter(([, value]) => value != null && value !== '')
    .map(([label, value]) => `${label}${ui.separator}${value}`.replace(LINE_BREAKS, ' '))
    .join('\n');
}

/** Props of {@link CopySupportDetails}; other props go to the `<button>`. */
export interface CopySupportDetailsProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  /** The thrown value or model to describe. */
  error: unknown;
  /** Drops the kit's class names. @defaultValue `false` */
  unstyled?: boolean | undefined;
}

/**
 * A button that copies a support block (secrets redacted); its label says "Copied" for a moment.
 *
 * @example
 * ```tsx
 * <CopySupportDetails error={query.error} />
 * ```
 */
export const CopySupportDetails = forwardRef<HTMLButtonElement, CopySupportDetailsProps>(
  function CopySupportDetails({ error, ...rest }, ref) {
    const { ui } = useErrorMessages();
    const text = () => {
      let page = '';
      try {
        page = window.location.pathname;
      } catch {
        // No window (tests, workers): leave the page out.
      }
      return supportDetails(decodePermutiveError(error), ui, new Date(), page);
    };
    return <CopyButton ref={ref} text={text} label={ui.copySupport} {...rest} />;
  },
);
CopySupportDetails.displayName = 'CopySupportDetails';
