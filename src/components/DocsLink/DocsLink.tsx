import type { AnchorHTMLAttributes } from 'react';
import { safeDocsUrl } from '../../core/index.js';
import { useErrorMessages } from '../messages/index.js';
import { cx } from '../shared/cx.js';

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
 * Props of {@link DocsLink}; other props go to the `<a>`.
 *
 * @example
 * ```tsx
 * <DocsLink href={model.docs}>How to fix this</DocsLink>
 * ```
 */
export interface DocsLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** The link. Nothing renders unless it is a safe docs link (https, allowed host). */
  href: string | null | undefined;
  /** Drops the kit's class names. */
  unstyled?: boolean;
}

/**
 * A docs link that opens in a new tab, rendered only for safe links.
 *
 * @example
 * ```tsx
 * <DocsLink href="https://developer.permutive.com/docs/errors/401/2000" />
 * ```
 */
export function DocsLink({ href, unstyled, className, children, ...rest }: DocsLinkProps) {
  const { ui } = useErrorMessages();
  const safe = safeDocsUrl(href);
  if (!safe) return null;
  return (
    <a
      className={cx('pe-docs', unstyled, className)}
      target="_blank"
      {...rest}
      href={safe}
      rel="noopener noreferrer"
    >
      {children ?? ui.docs} <span style={SR_ONLY}>{ui.newTab}</span>
    </a>
  );
}
