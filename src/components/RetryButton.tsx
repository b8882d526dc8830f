import { type ButtonHTMLAttributes, forwardRef, useEffect, useRef, useState } from 'react';
import { MAX_WAIT_MS } from '../core/headers.js';
import { decodePermutiveError } from '../core/index.js';
import { useErrorMessages } from '../messages/ErrorMessagesProvider.js';
import { cx } from './shared/cx.js';
import { LabelStack } from './shared/stack.js';

/**
 * A wait in whole seconds, rounded up: 0 for none, `NaN` or negative. A hand-made wait longer
 * than the decoder reads counts as the longest, so its seconds stay whole numbers that a
 * countdown can take one from.
 */
const waitSeconds = (ms: number | null | undefined) =>
  typeof ms === 'number' && ms > 0 ? Math.ceil(Math.min(ms, MAX_WAIT_MS) / 1000) : 0;

/** Progress of retries under way: attempt 2 of 4. */
export interface RetryProgress {
  /** The attempt under way, counting the first. */
  attempt: number;
  /** How many attempts there will be at most, when known. */
  of?: number | undefined;
}

/** Props of {@link RetryButton}; other props go to the `<button>`. */
export interface RetryButtonProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  /** Called when the person retries, or when the countdown ends with `autoRetry`. */
  onRetry: () => void;
  /** The failure to retry: its `Retry-After` is counted down in full, afresh for each new failure. */
  error?: unknown;
  /** Retries by itself when the countdown ends. @defaultValue `false` */
  autoRetry?: boolean | undefined;
  /** A retry is under way: the button says so and ignores clicks, keeping focus. @defaultValue `false` */
  retrying?: boolean | RetryProgress | undefined;
  /** Drops the kit's class names. @defaultValue `false` */
  unstyled?: boolean | undefined;
}

// Keyed by the thrown value itself: a string or number decodes to a new model each time.
type Countdown = { error: unknown; from: number; left: number };
// Past a day the seconds are noise: whole hours, rounded up so that it never says less than asked.
const DAY = 86_400;
const shown = (seconds: number) => (seconds > DAY ? Math.ceil(seconds / 3600) * 3600 : seconds);
// The longest labels on the way down from `from`: where a unit turns over (1 h → 59 min 59 s).
const turns = (from: number) => [
  from,
  from - (from % 60) - 1,
  from - (from % 3600) - 1,
  Math.min(from, DAY) - 1,
];

const start = (error: unknown): Countdown => {
  const from = error == null ? 0 : waitSeconds(decodePermutiveError(error).retryAfterMs);
  return { error, from, left: from };
};

/**
 * A retry button that honours `Retry-After` in full: it counts down ("Try again in 1 min 30 s"),
 * can retry by itself at zero, and shows retries under way. It keeps its width throughout.
 * A wait longer than a day is shown in whole hours, rounded up ("Try again in 49 h"), and still
 * waited in full.
 *
 * @example
 * ```tsx
 * <RetryButton onRetry={() => query.refetch()} error={query.error} retrying={query.isFetching} />
 * ```
 */
export const RetryButton = forwardRef<HTMLButtonElement, RetryButtonProps>(function RetryButton(
  { onRetry, error, autoRetry, retrying, unstyled, className, onClick, ...rest },
  ref,
) {
  const { ui } = useErrorMessages();
  const [countdown, setCountdown] = useState(() => start(error));
  const current = Object.is(countdown.error, error) ? countdown : null;
  if (!current) setCountdown(start(error));
  const { left, from } = current ?? countdown;
  // The latest handler, so that a new `onRetry` each render does not restart the second under way.
  const retry = useRef(onRetry);
  retry.current = onRetry;
  useEffect(() => {
    if (countdown.left <= 0) return;
    const timer = setTimeout(() => {
      setCountdown((now) => (now === countdown ? { ...now, left: now.left - 1 } : now));
      if (countdown.left === 1 && autoRetry) retry.current();
    }, 1000);
    return () => clearTimeout(timer);
  }, [countdown, autoRetry]);

  const busy = Boolean(retrying);
  const progress = typeof retrying === 'object' && retrying ? retrying : null;
  const busyLabel = ui.retrying(progress?.attempt, progress?.of);
  const waiting = left > 0 && !busy;
  const label = busy ? busyLabel : waiting ? ui.retryIn(ui.wait(shown(left))) : ui.retry;
  const widths = [ui.retry, busyLabel];
  if (from > 0)
    for (const seconds of turns(from))
      if (seconds > 0) widths.push(ui.retryIn(ui.wait(shown(seconds))));
  return (
    <button
      ref={ref}
      type="button"
      className={cx('pe-button', unstyled, className)}
      aria-disabled={waiting || busy || undefined}
      data-state={busy ? 'retrying' : waiting ? 'waiting' : undefined}
      onClick={(event) => {
        onClick?.(event);
        if (!waiting && !busy && !event.defaultPrevented) onRetry();
      }}
      {...rest}
    >
      <LabelStack label={label} widths={widths} />
    </button>
  );
});
RetryButton.displayName = 'RetryButton';
