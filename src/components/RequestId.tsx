import { forwardRef, type HTMLAttributes } from 'react';
import { redact } from '../core/index.js';
import { useErrorMessages } from '../messages/ErrorMessagesProvider.js';
import { CopyButton } from './CopyButton.js';
import { cx } from './shared/cx.js';
import { shortenMiddle } from './shared/text.js';

/** Props of {@link RequestId}; other props go to the root `<span>`. */
export interface RequestIdProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** The request id to show and copy; nothing renders when it is empty or blank. */
  value: string | null | undefined;
  /** Characters shown before the id is shortened in the middle (it is always copied whole). @defaultValue `20` */
  maxLength?: number | undefined;
  /** Drops the kit's class names, keeping structure and data-attributes. @defaultValue `false` */
  unstyled?: boolean | undefined;
}

/**
 * A request id for support, shortened in the middle when long, with a button that copies it whole.
 *
 * @example
 * ```tsx
 * <RequestId value={model.requestId} />
 * ```
 */
export const RequestId = forwardRef<HTMLSpanElement, RequestIdProps>(function RequestId(
  { value, ...rest },
  ref,
) {
  // An id given by the app is redacted here; the banner gives a model's, redacted by the decoder.
  return (
    <RequestIdView ref={ref} value={typeof value === 'string' ? redact(value) : value} {...rest} />
  );
});
RequestId.displayName = 'RequestId';

/** {@link RequestId} for an id that is safe already: a model's, which the decoder redacted. */
export const RequestIdView = forwardRef<HTMLSpanElement, RequestIdProps>(function RequestIdView(
  { value, maxLength = 20, unstyled, className, ...rest },
  ref,
) {
  const { ui } = useErrorMessages();
  if (typeof value !== 'string' || !value.trim()) return null;
  const shown = shortenMiddle(value, Math.max(8, maxLength));
  return (
    <span ref={ref} className={cx('pe-request-id', unstyled, className)} {...rest}>
      <span className={cx('pe-label', unstyled)}>
        {ui.requestId}
        {ui.separator}
        <code dir="auto" title={shown === value ? undefined : value.slice(0, 200)}>
          {shown}
        </code>
      </span>
      <CopyButton text={value} label={ui.copy} name={ui.copyRequestId} unstyled={unstyled} />
    </span>
  );
});
