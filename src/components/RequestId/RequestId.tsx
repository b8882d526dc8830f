import type { HTMLAttributes } from 'react';
import { useErrorMessages } from '../messages/index.js';
import { CopyButton } from '../shared/CopyButton.js';
import { cx } from '../shared/cx.js';
import { redact } from '../shared/redact.js';

/**
 * Props of {@link RequestId}; other props go to the root `<span>`.
 *
 * @example
 * ```tsx
 * <RequestId value={model.requestId} className="my-id" />
 * ```
 */
export interface RequestIdProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** The request id to show and copy. Nothing renders when it is empty. */
  value: string | null | undefined;
  /** Drops the kit's class names, keeping data-attributes. */
  unstyled?: boolean;
}

/**
 * Shows a request id and a button that copies it, with "Copied" shown and announced.
 *
 * @example
 * ```tsx
 * <RequestId value="e2cef6f6-296d-4044-b362-73fb2bce4a72" />
 * ```
 */
export function RequestId({ value, unstyled, className, ...rest }: RequestIdProps) {
  const { ui } = useErrorMessages();
  if (typeof value !== 'string' || !value) return null;
  const id = redact(value);
  return (
    <span className={cx('pe-request-id', unstyled, className)} {...rest}>
      <span>{ui.requestId}: </span>
      <code>{id}</code>{' '}
      <CopyButton text={id} aria-label={ui.copyRequestId} unstyled={unstyled}>
        {ui.copy}
      </CopyButton>
    </span>
  );
}
