import { type ButtonHTMLAttributes, useEffect, useRef, useState } from 'react';
import { useErrorMessages } from '../messages/index.js';
import { cx } from '../shared/cx.js';

/**
 * Props of {@link RetryButton}; other props go to the `<button>`.
 *
 * @example
 * ```tsx
 * <RetryButton onRetry={refetch} retryAfterMs={model.retryAfterMs} autoRetry />
 * ```
 */
export interface RetryButtonProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  /** Called when the person retries, or when the countdown ends with `autoRetry`. */
  onRetry: () => void;
  /** Waits this long (from `Retry-After`) before retrying is allowed, counting down. */
  retryAfterMs?: number | null;
  /** Retries by itself when the countdown ends. */
  autoRetry?: boolean;
  /** Drops the kit's class names. */
  unstyled?: boolean;
}

/**
 * A retry button that honours `Retry-After`: it counts down, and can retry by itself at zero.
 *
 * @example
 * ```tsx
 * <RetryButton onRetry={() => query.refetch()} retryAfterMs={30_000} />
 * ```
 */
export function RetryButton({
  onRetry,
  retryAfterMs,
  autoRetry,
  unstyled,
  className,
  onClick,
  ...rest
}: RetryButtonProps) {
  const { ui } = useErrorMessages();
  const [left, setLeft] = useState(() => Math.ceil((retryAfterMs ?? 0) / 1000));
  const [waitFor, setWaitFor] = useState(retryAfterMs);
  if (waitFor !== retryAfterMs) {
    setWaitFor(retryAfterMs);
    setLeft(Math.ceil((retryAfterMs ?? 0) / 1000));
  }
  // A ref, so that a new `onRetry` each render does not restart the second under way.
  const retry = useRef(onRetry);
  useEffect(() => {
    retry.current = onRetry;
  });
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => {
      setLeft(left - 1);
      if (left === 1 && autoRetry) retry.current();
    }, 1000);
    return () => clearTimeout(timer);
  }, [left, autoRetry]);
  const waiting = left > 0;
  return (
    <button
      type="button"
      className={cx('pe-button', unstyled, className)}
      aria-disabled={waiting || undefined}
      data-waiting={waiting || undefined}
      {...rest}
      onClick={(event) => {
        onClick?.(event);
        if (!waiting && !event.defaultPrevented) onRetry();
      }}
    >
      {waiting ? ui.retryIn(left) : ui.retry}
    </button>
  );
}
