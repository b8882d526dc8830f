import { type DetailsHTMLAttributes, useState } from 'react';
import { useErrorMessages } from '../messages/index.js';
import { cx } from '../shared/cx.js';
import { redact } from '../shared/redact.js';

/**
 * Props of {@link ErrorDetails}; other props go to the `<details>`.
 *
 * @example
 * ```tsx
 * <ErrorDetails cause={model.cause} clampAt={200} open />
 * ```
 */
export interface ErrorDetailsProps extends Omit<DetailsHTMLAttributes<HTMLElement>, 'children'> {
  /** The server's cause. Shown as text; nothing renders when it is empty. */
  cause: string | null | undefined;
  /** Characters shown before "Show all". Default 300. */
  clampAt?: number;
  /** Drops the kit's class names. */
  unstyled?: boolean;
}

/**
 * The cause in a disclosure; long text is clamped with a button to see all of it.
 *
 * @example
 * ```tsx
 * <ErrorDetails cause="This key does not exist." />
 * ```
 */
export function ErrorDetails({
  cause,
  clampAt = 300,
  unstyled,
  className,
  ...rest
}: ErrorDetailsProps) {
  const { ui } = useErrorMessages();
  const [all, setAll] = useState(false);
  if (typeof cause !== 'string' || !cause.trim()) return null;
  const long = cause.length > clampAt;
  const text = redact(long && !all ? `${cause.slice(0, clampAt)}…` : cause);
  return (
    <details className={cx('pe-details', unstyled, className)} {...rest}>
      <summary>{ui.details}</summary>
      <p>{text}</p>
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
}
