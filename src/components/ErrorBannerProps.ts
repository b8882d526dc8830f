import type { HTMLAttributes, ReactNode } from 'react';
import type { RetryProgress } from './RetryButton.js';
import type { ErrorBannerVariant } from './shared/heading.js';

export type { ErrorBannerVariant };

type RetryProps =
  | {
      /**
       * Shows Try again for retryable errors (network, timeout, 429, 5xx).
       *
       * @example
       * ```tsx
       * <ErrorBanner error={query.error} onRetry={() => query.refetch()} retrying={query.isFetching} />
       * ```
       */
      onRetry: () => void;
      /** Retries by itself when the `Retry-After` countdown ends. @defaultValue `false` */
      autoRetry?: boolean | undefined;
      /** A retry is under way: Try again stays, busy ("Retrying… attempt 2 of 4"), keeping focus. @defaultValue `false` */
      retrying?: boolean | RetryProgress | undefined;
    }
  | { onRetry?: undefined; autoRetry?: undefined; retrying?: undefined };

/**
 * Props of {@link ErrorBanner}. Other props (`className`, `style`, `id`, handlers, `data-*`) go
 * to the root element.
 */
export type ErrorBannerProps = Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'title'> &
  RetryProps & {
    /** Anything thrown, or a decoded model; nothing renders for a falsy value (`null`, `undefined`, `false`, `0`, `''`, `NaN`) or an abort. */
    error: unknown;
    /** `page` across a page, `inline` inside a card or form, `compact` on one line. @defaultValue `'page'` */
    variant?: ErrorBannerVariant | undefined;
    /** The level of the title's heading (page and inline variants). @defaultValue `2` */
    headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
    /** The page still shows data from before the failure: a warning, announced politely. @defaultValue `false` */
    hasData?: boolean | undefined;
    /** Requests wait for the browser to be back online: says so, politely, in place of any error. @defaultValue `false` */
    offline?: boolean | undefined;
    /** The app's own actions, after Try again (such as "Sign in" for a 401). */
    actions?: ReactNode;
    /** Shows a dismiss button; the banner hides until a new error arrives, and focus moves on. */
    onDismiss?: (() => void) | undefined;
    /**
     * A general help link for errors without a docs link of their own (safe links only).
     *
     * @example
     * ```tsx
     * <ErrorBanner error={error} docsHref="https://developer.permutive.com/docs/errors" />
     * ```
     */
    docsHref?: string | undefined;
    /** Shows the server's cause. @defaultValue `true` */
    showCause?: boolean | undefined;
    /** Shows the docs link. @defaultValue `true` */
    showDocs?: boolean | undefined;
    /** Shows the request id and its copy button. @defaultValue `true` */
    showRequestId?: boolean | undefined;
    /** Shows "Copy support details" (page variant). @defaultValue `true` */
    showSupportDetails?: boolean | undefined;
    /**
     * Drops the kit's class names, keeping structure and data-attributes, to style from scratch.
     *
     * @example
     * ```tsx
     * <ErrorBanner error={error} unstyled className="my-banner" />
     * ```
     *
     * @defaultValue `false`
     */
    unstyled?: boolean | undefined;
  };
