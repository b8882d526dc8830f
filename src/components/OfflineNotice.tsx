import { forwardRef, type HTMLAttributes, useEffect } from 'react';
import { useErrorMessages } from '../messages/ErrorMessagesProvider.js';
import { announce } from './announce.js';
import { BannerFrame } from './shared/BannerFrame.js';
import { cx } from './shared/cx.js';
import { type ErrorBannerVariant, variantOf } from './shared/heading.js';

/** Props of {@link OfflineNotice}; other props go to the root element. */
export interface OfflineNoticeProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'title'> {
  /** `page` across a page, `inline` inside a card or form, `compact` on one line. @defaultValue `'page'` */
  variant?: ErrorBannerVariant | undefined;
  /** The level of the title's heading (page and inline variants). @defaultValue `2` */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
  /** Drops the kit's class names. @defaultValue `false` */
  unstyled?: boolean | undefined;
}

/**
 * What `ErrorBanner` shows while requests wait for the browser to be back online: a warning,
 * announced politely once, with nothing to press (the requests go out by themselves on reconnect).
 * A layout of your own over `useErrorBanner` shows it when `isOffline`.
 *
 * @example
 * ```tsx
 * const { isOffline } = usePermutiveError(query);
 * if (isOffline) return <OfflineNotice variant="inline" />;
 * ```
 */
export const OfflineNotice = forwardRef<HTMLDivElement, OfflineNoticeProps>(function OfflineNotice(
  { variant, unstyled, ...rest },
  ref,
) {
  const { ui } = useErrorMessages();
  const said = `${ui.offline}. ${ui.offlineNext}`;
  useEffect(() => announce(said, 'polite'), [said]);
  const shape = variantOf(variant);
  return (
    <BannerFrame
      variant={shape}
      severity="warning"
      title={ui.offline}
      data-state="offline"
      unstyled={unstyled}
      ref={ref}
      {...rest}
    >
      {shape !== 'compact' && <p className={cx('pe-message', unstyled)}>{ui.offlineNext}</p>}
    </BannerFrame>
  );
});
OfflineNotice.displayName = 'OfflineNotice';
