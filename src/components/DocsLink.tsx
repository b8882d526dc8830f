import { type AnchorHTMLAttributes, forwardRef } from 'react';
import { redact, safeDocsUrl } from '../core/index.js';
import { useErrorMessages } from '../messages/ErrorMessagesProvider.js';
import { cx } from './shared/cx.js';
import { NewTabIcon } from './shared/icons.js';

// Inline, so that the hint stays hidden with `unstyled` or without the stylesheet.
const SR_ONLY = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

/**
 * A link given by hand, vetted and redacted as the decoder does a model's: a safe link can still
 * carry a key (`?api_key=`), and one that redaction changed is vetted again.
 */
export const safeLink = (href: unknown) => safeDocsUrl(redact(safeDocsUrl(href) ?? ''));

/** Props of {@link DocsLink}; other props go to the `<a>`. */
export interface DocsLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** The link, its secrets redacted; nothing renders unless it is a safe docs link (https, allowed host). */
  href: string | null | undefined;
  /** Drops the kit's class names. @defaultValue `false` */
  unstyled?: boolean | undefined;
}

/**
 * A docs link that opens in a new tab, with a visible new-tab mark; rendered only for safe links.
 *
 * @example
 * ```tsx
 * <DocsLink href={model.docs}>How to fix an invalid key</DocsLink>
 * ```
 */
export const DocsLink = forwardRef<HTMLAnchorElement, DocsLinkProps>(function DocsLink(
  { href, ...rest },
  ref,
) {
  const safe = safeLink(href);
  return safe ? <DocsAnchor ref={ref} href={safe} {...rest} /> : null;
});
DocsLink.displayName = 'DocsLink';

/**
 * The link's markup for a link already checked: a model's `docs` (the decoder keeps only safe
 * ones) or the result of `safeDocsUrl`. Not exported from the package; anything else goes through
 * {@link DocsLink}. A `rel` given is dropped: the link opens a new tab, so it is always noopener
 * noreferrer.
 */
export const DocsAnchor = forwardRef<
  HTMLAnchorElement,
  Omit<DocsLinkProps, 'href'> & { href: string }
>(function DocsAnchor({ href, rel: _rel, unstyled, className, children, ...rest }, ref) {
  const { ui } = useErrorMessages();
  return (
    <a
      ref={ref}
      className={cx('pe-docs', unstyled, className)}
      target="_blank"
      href={href}
      rel="noopener noreferrer"
      {...rest}
    >
      {children ?? ui.docs} <NewTabIcon className={cx('pe-new-tab', unstyled)} />
      <span style={SR_ONLY}>{ui.newTab}</span>
    </a>
  );
});
