/** Where a banner sits: across a page, inside a card or form, or on one line. */
export type ErrorBannerVariant = 'page' | 'inline' | 'compact';

const VARIANTS: readonly unknown[] = ['page', 'inline', 'compact'];
const LEVELS: readonly unknown[] = [1, 2, 3, 4, 5, 6];

/** The variant asked for, or `page` for anything else (props are not trusted at run time). */
export const variantOf = (asked: unknown) =>
  (VARIANTS.includes(asked) ? asked : 'page') as ErrorBannerVariant;

/** The title's element: `strong` on one line, else a heading of the level asked (2 by default). */
export const titleTag = (variant: ErrorBannerVariant, level: unknown) =>
  variant === 'compact' ? 'strong' : (`h${LEVELS.includes(level) ? level : 2}` as 'h2');
