import type { ButtonHTMLAttributes } from 'react';
import { useErrorMessages } from '../messages/index.js';
import { useCopy } from './copy.js';
import { cx } from './cx.js';

/** Props of the internal copy button. */
export interface CopyButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** What to copy, or a function that makes it at click time; redacted before copying. */
  text: string | (() => string);
  unstyled?: boolean;
}

/** A button that copies `text` and says so, visibly and to screen readers, each time. */
export function CopyButton({
  text,
  unstyled,
  className,
  onClick,
  children,
  ...rest
}: CopyButtonProps) {
  const { ui } = useErrorMessages();
  const { result, count, copy } = useCopy();
  return (
    <>
      <button
        type="button"
        className={cx('pe-button', unstyled, className)}
        {...rest}
        onClick={(event) => {
          onClick?.(event);
          if (!event.defaultPrevented) void copy(typeof text === 'string' ? text : text());
        }}
      >
        {children}
      </button>
      <span role="status" className={cx('pe-copied', unstyled)} data-result={result ?? undefined}>
        {result && <span key={count}>{result === 'copied' ? ui.copied : ui.copyFailed}</span>}
      </span>
    </>
  );
}
