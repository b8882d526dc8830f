import { type HTMLAttributes, useMemo, useState } from 'react';
import {
  decodePermutiveError,
  describePermutiveError,
  type PermutiveErrorModel,
} from '../../core/index.js';
import { CopySupportDetails } from '../CopySupportDetails/index.js';
import { DocsLink } from '../DocsLink/index.js';
import { ErrorDetails } from '../ErrorDetails/index.js';
import { useErrorMessages } from '../messages/index.js';
import { RequestId } from '../RequestId/index.js';
import { RetryButton } from '../RetryButton/index.js';
import { cx } from '../shared/cx.js';
import { redact } from '../shared/redact.js';

/** Where the banner sits: across a page, inside a card or form, or on one line. */
export type ErrorBannerVariant = 'page' | 'inline' | 'compact';

type RetryProps =
  | {
      /**
       * Shows a retry button for retryable errors (network, timeout, 429, 5xx).
       *
       * @example
       * ```tsx
       * <ErrorBanner error={error} onRetry={() => refetch()} />
       * ```
       */
      onRetry: () => void;
      /**
       * Retries by itself when the `Retry-After` countdown ends.
       *
       * @example
       * ```tsx
       * <ErrorBanner error={error} onRetry={refetch} autoRetry />
       * ```
       */
      autoRetry?: boolean;
    }
  | { onRetry?: never; autoRetry?: never };

/**
 * Props of {@link ErrorBanner}. Other props (`className`, `style`, `id`, handlers, `data-*`) go
 * to the root element.
 */
export type ErrorBannerProps = Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'title'> &
  RetryProps & {
    /**
     * Anything thrown, or a decoded model. Nothing renders for `null`, `undefined` or an abort.
     *
     * @example
     * ```tsx
     * <ErrorBanner error={query.error} />
     * ```
     */
    error: unknown;
    /**
     * `page` (default) across a page, `inline` inside a card or form, `compact` on one line.
     *
     * @example
     * ```tsx
     * <ErrorBanner error={error} variant="inline" />
     * ```
     */
    variant?: ErrorBannerVariant;
    /**
     * The level of the title's heading, 1 to 6. Default 2.
     *
     * @example
     * ```tsx
     * <ErrorBanner error={error} headingLevel={3} />
     * ```
     */
    headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
    /**
     * Shows a dismiss button; the banner hides itself until a new error arrives.
     *
     * @example
     * ```tsx
     * <ErrorBanner error={error} onDismiss={() => reset()} />
     * ```
     */
    onDismiss?: () => void;
    /**
     * A general help link shown when the error has no docs link of its own (safe links only).
     *
     * @example
     * ```tsx
     * <ErrorBanner error={error} docsHref="https://developer.permutive.com/docs/errors" />
     * ```
     */
    docsHref?: string;
    /**
     * Shows the server's cause in a disclosure. Default true.
     *
     * @example
     * ```tsx
     * <ErrorBanner error={error} showCause={false} />
     * ```
     */
    showCause?: boolean;
    /**
     * Shows the docs link. Default true.
     *
     * @example
     * ```tsx
     * <ErrorBanner error={error} showDocs={false} />
     * ```
     */
    showDocs?: boolean;
    /**
     * Shows the request id and its copy button. Default true.
     *
     * @example
     * ```tsx
     * <ErrorBanner error={error} showRequestId={false} />
     * ```
     */
    showRequestId?: boolean;
    /**
     * Shows "Copy support details" (page variant). Default true.
     *
     * @example
     * ```tsx
     * <ErrorBanner error={error} showSupportDetails={false} />
     * ```
     */
    showSupportDetails?: boolean;
    /**
     * Drops the kit's class names, keeping structure and data-attributes, to style from scratch.
     *
     * @example
     * ```tsx
     * <ErrorBanner error={error} unstyled className="my-banner" />
     * ```
     */
    unstyled?: boolean;
  };

const VARIANTS: ErrorBannerVariant[] = ['page', 'inline', 'compact'];
const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Shows a person what failed, why and what to do next, with the request id for support.
 * Appears as an alert (announced once, focus untouched); every string comes from
 * {@link ErrorMessagesProvider}.
 *
 * @example
 * ```tsx
 * const query = useQuery({ queryKey: ['cohorts'], queryFn });
 * return <ErrorBanner error={query.error} onRetry={() => query.refetch()} />;
 * ```
 */
export function ErrorBanner({
  error,
  variant: asked,
  headingLevel,
  onRetry,
  autoRetry,
  onDismiss,
  docsHref,
  showCause = true,
  showDocs = true,
  showRequestId = true,
  showSupportDetails = true,
  unstyled,
  className,
  ...rest
}: ErrorBannerProps) {
  const { ui, catalogues } = useErrorMessages();
  const model = useMemo(() => decodePermutiveError(error), [error]);
  const [dismissed, setDismissed] = useState<PermutiveErrorModel>();
  if (error == null || model.kind === 'aborted' || dismissed === model) return null;

  const variant = VARIANTS.includes(asked as ErrorBannerVariant)
    ? (asked as ErrorBannerVariant)
    : 'page';
  const full = variant !== 'compact';
  const copy = describePermutiveError(model, ...catalogues);
  const message = model.message && redact(model.message.trim().slice(0, 500));
  // The server's words only where they say more than the copy does.
  const extra =
    message && ![copy.title, copy.description].some((text) => words(text) === words(message));
  const Title = full
    ? (`h${[1, 2, 3, 4, 5, 6].includes(headingLevel as number) ? headingLevel : 2}` as 'h2')
    : 'strong';
  const part = (name: string) => cx(`pe-${name}`, unstyled);

  return (
    <div
      role="alert"
      className={cx('pe-banner', unstyled, className)}
      data-kind={model.kind}
      data-status={model.status ?? undefined}
      data-variant={variant}
      data-severity={model.retryable ? 'warning' : 'error'}
      {...rest}
    >
      <div className={part('body')}>
        <Title className={part('title')}>{copy.title}</Title>
        {full && (
          <>
            <p className={part('description')}>{copy.description}</p>
            {extra && <p className={part('message')}>{message}</p>}
            <p className={part('next')}>{copy.action}</p>
            {showCause && <ErrorDetails cause={model.cause} unstyled={unstyled} />}
          </>
        )}
      </div>
      <div className={part('actions')}>
        {typeof onRetry === 'function' && model.retryable && (
          <RetryButton
            onRetry={onRetry}
            autoRetry={autoRetry}
            retryAfterMs={model.retryAfterMs}
            unstyled={unstyled}
          />
        )}
        {showDocs && full && <DocsLink href={model.docs ?? docsHref} unstyled={unstyled} />}
        {showRequestId && <RequestId value={model.requestId} unstyled={unstyled} />}
        {showSupportDetails && variant === 'page' && (
          <CopySupportDetails error={model} unstyled={unstyled} />
        )}
        {typeof onDismiss === 'function' && (
          <button
            type="button"
            className={part('dismiss')}
            aria-label={ui.dismiss}
            onClick={() => {
              setDismissed(model);
              onDismiss();
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
    </div>
  );
}
