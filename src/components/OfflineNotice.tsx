import { forwardRef, type HTMLAttributes, useEffect, useId } from 'react';
import { useErrorMessages } from '../messages/ErrorMessagesProvider.js';
import { announce } from './shared/announce.js';
import { cx } from './shared/cx.js';
import { type ErrorBannerVariant, titleTag, variantOf } from './shared/heading.js';
import { severityIcon } from './shared/icons.js';

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
 */
export const OfflineNotice = forwardRef<HTMLDivElement, OfflineNoticeProps>(function OfflineNotice(
  { variant: asked, headingLevel, unstyled, className, ...rest },
  ref,
) {
  const { ui } = useErrorMessages();
  const titleId = `${useId()}-title`;
  const said = `${ui.offline}. ${ui.offlineNext}`;
  useEffect(() => announce(said, 'polite'), [said]);

  const variant = variantOf(asked);
  const Title = titleTag(variant, headingLevel);
  const part = (name: string) => cx(`pe-${name}`, unstyled);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a named group, as ErrorBanner's root
    <div
      role="group"
      aria-labelledby={titleId}
      className={cx('pe-banner', unstyled, className)}
      data-variant={variant}
      data-severity="warning"
      data-state="offline"
      ref={ref}
      {...rest}
    >
      {severityIcon('warning', part('icon'))}
      <div className={part('body')}>
        <Title id={titleId} className={part('title')}>
          {ui.offline}
        </Title>
        {variant !== 'compact' && <p className={part('message')}>{ui.offlineNext}</p>}
      </div>
    </div>
  );
});
OfflineNotice.displayName = 'OfflineNotice';
