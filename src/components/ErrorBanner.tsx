import { forwardRef } from 'react';
import { useErrorMessages } from '../messages/ErrorMessagesProvider.js';
import { BannerText } from './BannerText.js';
import { CopyButton } from './CopyButton.js';
import { CopySupportDetails } from './CopySupportDetails.js';
import { DocsAnchor, safeLink } from './DocsLink.js';
import type { ErrorBannerProps } from './ErrorBannerProps.js';
import { OfflineNotice } from './OfflineNotice.js';
import { RequestIdView } from './RequestId.js';
import { RetryButton } from './RetryButton.js';
import { BannerFrame } from './shared/BannerFrame.js';
import { cx } from './shared/cx.js';
import { variantOf } from './shared/heading.js';
import { CloseIcon } from './shared/icons.js';
import { useErrorBanner } from './useErrorBanner.js';

export type { ErrorBannerProps, ErrorBannerVariant } from './ErrorBannerProps.js';

/**
 * Shows a person what failed, why and what to do next, with the request id for support. Its
 * title and message are announced once per new error (politely over data still shown); it never
 * takes focus, and Dismiss moves focus to where it came from, else the next control.
 *
 * @example
 * ```tsx
 * const query = useQuery({ queryKey: ['cohorts'], queryFn });
 * return <ErrorBanner error={query.error} onRetry={() => query.refetch()} />;
 * ```
 */
export const ErrorBanner = forwardRef<HTMLDivElement, ErrorBannerProps>(function ErrorBanner(
  {
    error,
    variant: variantProp,
    headingLevel,
    onRetry,
    autoRetry,
    retrying,
    hasData,
    offline,
    actions,
    onDismiss,
    docsHref,
    showCause = true,
    showDocs = true,
    showRequestId = true,
    showSupportDetails = true,
    unstyled,
    className,
    onFocus,
    ...rest
  },
  ref,
) {
  const { ui } = useErrorMessages();
  const banner = useErrorBanner({ error, retrying, hasData, offline, onDismiss }, ref);
  const { model: shown, copy } = banner;
  if (offline)
    return (
      <OfflineNotice
        ref={banner.ref}
        variant={variantProp}
        headingLevel={headingLevel}
        unstyled={unstyled}
        className={className}
        onFocus={onFocus}
        {...rest}
      />
    );
  if (!shown || !copy) return null;

  const variant = variantOf(variantProp);
  const compact = variant === 'compact';
  const part = (name: string) => cx(`pe-${name}`, unstyled);
  // The model's link is safe and redacted already (the decoder sees to it); the fallback is not.
  const docs = showDocs && !compact ? (shown.docs ?? safeLink(docsHref)) : null;
  const requestId = showRequestId ? shown.requestId : null;
  const support = showSupportDetails && variant === 'page';
  const retry = typeof onRetry === 'function' && shown.retryable && (
    <RetryButton
      onRetry={() => {
        banner.retried();
        onRetry();
      }}
      error={shown}
      autoRetry={autoRetry}
      retrying={retrying}
      unstyled={unstyled}
    />
  );
  const dismiss = typeof onDismiss === 'function' && (
    <button
      type="button"
      className={part('dismiss')}
      aria-label={ui.dismiss}
      onClick={banner.dismiss}
    >
      <CloseIcon />
    </button>
  );
  const compactActions = compact && (
    <div className={part('actions')}>
      {retry}
      {actions}
      {requestId && (
        <CopyButton icon text={requestId} label={ui.copyRequestId} unstyled={unstyled} />
      )}
    </div>
  );

  return (
    <BannerFrame
      variant={variant}
      severity={banner.severity}
      title={copy.title}
      data-kind={shown.kind}
      data-status={shown.status ?? undefined}
      data-state={retrying ? 'retrying' : undefined}
      data-dismissible={dismiss ? '' : undefined}
      onFocus={(event) => {
        onFocus?.(event);
        banner.onFocus(event);
      }}
      after={
        <>
          {compactActions}
          {dismiss}
        </>
      }
      ref={banner.ref}
      headingLevel={headingLevel}
      unstyled={unstyled}
      className={className}
      {...rest}
    >
      {!compact && (
        <BannerText
          line={banner.message}
          lang={banner.messageLang}
          aside={banner.serverMessage}
          cause={showCause ? shown.cause?.trim() : undefined}
          action={copy.action}
          unstyled={unstyled}
        />
      )}
      {(retry || actions) && !compact && (
        <div className={part('actions')}>
          {retry}
          {actions}
        </div>
      )}
      {!compact && (requestId || docs || support) && (
        <div className={part('footer')}>
          <RequestIdView value={requestId} unstyled={unstyled} />
          {docs && <DocsAnchor href={docs} unstyled={unstyled} />}
          {support && <CopySupportDetails error={shown} unstyled={unstyled} />}
        </div>
      )}
    </BannerFrame>
  );
});
ErrorBanner.displayName = 'ErrorBanner';
