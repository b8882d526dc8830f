import { forwardRef, type HTMLAttributes, type ReactNode, useId } from 'react';
import { cx } from './cx.js';
import { type ErrorBannerVariant, titleTag } from './heading.js';
import { SeverityIcon } from './icons.js';

/** Props of the shell every banner shares; other props go to the root element. */
export interface BannerFrameProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  variant: ErrorBannerVariant;
  severity: 'error' | 'warning';
  title: ReactNode;
  headingLevel?: unknown;
  unstyled?: boolean | undefined;
  /** What follows the body: the compact variant's actions, the dismiss button. */
  after?: ReactNode;
}

/** A banner's shell: a group named by its title, the severity's icon, the body and its title. */
export const BannerFrame = forwardRef<HTMLDivElement, BannerFrameProps>(function BannerFrame(
  { variant, severity, title, headingLevel, unstyled, className, after, children, ...rest },
  ref,
) {
  const titleId = `${useId()}-title`;
  const Title = titleTag(variant, headingLevel);
  return (
    // A named group, not a landmark (several banners may share a title); a fieldset is for form
    // controls, so no element has this role natively.
    // biome-ignore lint/a11y/useSemanticElements: see above
    <div
      role="group"
      aria-labelledby={titleId}
      className={cx('pe-banner', unstyled, className)}
      data-variant={variant}
      data-severity={severity}
      ref={ref}
      {...rest}
    >
      <SeverityIcon severity={severity} className={cx('pe-icon', unstyled)} />
      <div className={cx('pe-body', unstyled)}>
        <Title id={titleId} className={cx('pe-title', unstyled)}>
          {title}
        </Title>
        {children}
      </div>
      {after}
    </div>
  );
});
