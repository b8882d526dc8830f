import type { ButtonHTMLAttributes } from 'react';
import { decodePermutiveError, type PermutiveErrorModel } from '../../core/index.js';
import { type UiStrings, useErrorMessages } from '../messages/index.js';
import { CopyButton } from '../shared/CopyButton.js';

/**
 * The plain-text block for a support ticket: request id, status, code, time and page path.
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
    [ui.time, time.toISOString()],
    [ui.page, page],
  ]
    .filter(([, value]) => value != null)
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
}

/**
 * Props of {@link CopySupportDetails}; other props go to the `<button>`.
 *
 * @example
 * ```tsx
 * <CopySupportDetails error={error} onClick={() => track('copied')} />
 * ```
 */
export interface CopySupportDetailsProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  /** The thrown value or model to describe. */
  error: unknown;
  /** Drops the kit's class names. */
  unstyled?: boolean;
}

/**
 * A button that copies a short support block (API keys redacted), with "Copied" announced.
 *
 * @example
 * ```tsx
 * <CopySupportDetails error={query.error} />
 * ```
 */
export function CopySupportDetails({ error, ...rest }: CopySupportDetailsProps) {
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
  return (
    <CopyButton {...rest} text={text}>
      {ui.copySupport}
    </CopyButton>
  );
}
