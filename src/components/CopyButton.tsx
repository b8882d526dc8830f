import { type ButtonHTMLAttributes, forwardRef } from 'react';
import { useErrorMessages } from '../messages/ErrorMessagesProvider.js';
import { useCopy } from './shared/copy.js';
import { cx } from './shared/cx.js';
import { CheckIcon, CloseIcon, CopyIcon } from './shared/icons.js';
import { LabelStack } from './shared/stack.js';

/** Props of the internal copy button. */
interface CopyButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  /** What to copy, or a function that makes it at click time; redacted before copying. */
  text: string | (() => string);
  /** The visible label (or, with `icon`, the accessible name). */
  label: string;
  /** An accessible name that says more than the label ("Copy request ID" for "Copy"). */
  name?: string | undefined;
  /** Shows an icon instead of the label, for the one-line banner. */
  icon?: boolean | undefined;
  unstyled?: boolean | undefined;
}

// Selects the text to copy by hand as soon as it appears (stable, so it runs on mount only).
const selectOnMount = (node: HTMLTextAreaElement | null) => {
  node?.focus();
  node?.select();
};

/**
 * A button that copies `text`. Its own label says "Copied" for a moment, at the same width; no
 * live region speaks for it. When copying fails, the text appears selected to copy by hand, and
 * stays until closed.
 */
export const CopyButton = forwardRef<HTMLButtonElement, CopyButtonProps>(function CopyButton(
  { text, label, name, icon, unstyled, className, onClick, ...rest },
  ref,
) {
  const { ui } = useErrorMessages();
  const { copied, failed, copy, close } = useCopy();
  return (
    <>
      <button
        type="button"
        className={cx(icon ? 'pe-icon-button' : 'pe-button', unstyled, className)}
        aria-label={
          copied ? (icon || name ? ui.copied : undefined) : (name ?? (icon ? label : undefined))
        }
        data-copied={copied || undefined}
        ref={ref}
        onClick={(event) => {
          onClick?.(event);
          if (!event.defaultPrevented) void copy(typeof text === 'string' ? text : text());
        }}
        {...rest}
      >
        {icon ? (
          copied ? (
            <CheckIcon />
          ) : (
            <CopyIcon />
          )
        ) : (
          <LabelStack label={copied ? ui.copied : label} widths={[label, ui.copied]} />
        )}
      </button>
      {failed !== null && (
        <span className={cx('pe-copy-failed', unstyled)}>
          <label>
            <span>{ui.copyFailed}</span>
            <textarea ref={selectOnMount} readOnly value={failed} rows={1} />
          </label>
          <button
            type="button"
            className={cx('pe-icon-button', unstyled)}
            aria-label={ui.close}
            onClick={(event) => {
              // Back to the copy button, just before this box (the box and this button go).
              const copyButton = event.currentTarget.parentElement?.previousElementSibling;
              close();
              if (copyButton instanceof HTMLElement) copyButton.focus();
            }}
          >
            <CloseIcon />
          </button>
        </span>
      )}
    </>
  );
});
CopyButton.displayName = 'CopyButton';
