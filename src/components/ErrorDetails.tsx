import { type DetailsHTMLAttributes, forwardRef, useState } from 'react';
import { redact } from '../core/index.js';
import { useErrorMessages } from '../messages/ErrorMessagesProvider.js';
import { cx } from './shared/cx.js';
import { shorten } from './shared/text.js';

/** Props of {@link ErrorDetails}; other props go to the `<details>`. */
export interface ErrorDetailsProps extends Omit<DetailsHTMLAttributes<HTMLElement>, 'children'> {
  /** The server's cause, shown as text; nothing renders when it is empty. */
  cause: string | null | undefined;
  /** Characters shown before "Show all". @defaultValue `300` */
  clampAt?: number | undefined;
  /** Drops the kit's class names. @defaultValue `false` */
  unstyled?: boolean | undefined;
}

/**
 * The cause in a disclosure. Long text is clamped, with "Show all" opening it in a box of bounded
 * height that scrolls.
 *
 * @example
 * ```tsx
 * <ErrorDetails cause={model.cause} />
 * ```
 */
export const ErrorDetails = forwardRef<HTMLDetailsElement, ErrorDetailsProps>(function ErrorDetails(
  { cause, ...rest },
  ref,
) {
  // Text given by the app is redacted here, before any clamp cuts a secret too short to
  // recognise; the banner gives a model's cause, redacted by the decoder.
  return (
    <ErrorDetailsView
      ref={ref}
      cause={typeof cause === 'string' ? redact(cause) : cause}
      {...rest}
    />
  );
});
ErrorDetails.displayName = 'ErrorDetails';

/** {@link ErrorDetails} for a cause that is safe already: a model's, which the decoder redacted. */
export const ErrorDetailsView = forwardRef<HTMLDetailsElement, ErrorDetailsProps>(
  function ErrorDetailsView({ cause: text, clampAt = 300, unstyled, className, ...rest }, ref) {
    const { ui, serverLang } = useErrorMessages();
    const [all, setAll] = useState(false);
    if (typeof text !== 'string' || !text.trim()) return null;
    const long = text.length > clampAt;
    return (
      <details ref={ref} className={cx('pe-details', unstyled, className)} {...rest}>
        <summary>{ui.details}</summary>
        {/* Opened in full, the text scrolls in its box, which the keyboard can reach. */}
        <p
          lang={serverLang}
          dir="auto"
          data-all={(long && all) || undefined}
          tabIndex={long && all ? 0 : undefined}
        >
          {long && !all ? shorten(text, clampAt) : text}
        </p>
        {long && (
          <button
            type="button"
            className={cx('pe-link-button', unstyled)}
            aria-expanded={all}
            onClick={() => setAll(!all)}
          >
            {all ? ui.showLess : ui.showAll}
          </button>
        )}
      </details>
    );
  },
);
