import {
  type FocusEvent,
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ErrorCopy, PermutiveErrorModel } from '../core/index.js';
import { useErrorCopy, useErrorMessages } from '../messages/ErrorMessagesProvider.js';
import { CopyButton } from './CopyButton.js';
import { CopySupportDetails } from './CopySupportDetails.js';
import { docsAnchor, safeLink } from './DocsLink.js';
import { ErrorDetails } from './ErrorDetails.js';
import { OfflineNotice } from './OfflineNotice.js';
import { RequestId } from './RequestId.js';
import { RetryButton, type RetryProgress } from './RetryButton.js';
import { announce } from './shared/announce.js';
import { cx } from './shared/cx.js';
import { focusables, focusBeside } from './shared/focus.js';
import { type ErrorBannerVariant, titleTag, variantOf } from './shared/heading.js';
import { closeIcon, severityIcon } from './shared/icons.js';
import { mergeRefs } from './shared/refs.js';
import { saysNothingNew, shorten } from './shared/text.js';
import { useErrorModel } from './useErrorModel.js';

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

// A cause this short, on one line, is shown as it is; a longer one goes in a disclosure.
const SHORT_CAUSE = 160;

// The server's own words where they say more than the kit's description; else the description.
// Worked out once per model and copy (copyOf gives one copy per model and messages), however
// many banners show it.
const lines = new WeakMap<ErrorCopy, readonly [string, boolean]>();
function lineOf(copy: ErrorCopy, message: string) {
  let line = lines.get(copy);
  if (!line) {
    line =
      message && !saysNothingNew(message, [copy.title, copy.description])
        ? [message, true]
        : [copy.description, false];
    lines.set(copy, line);
  }
  return line;
}
// Two language tags name the same language when their primary subtags agree (en-GB, en).
const sameLanguage = (a: string, b: string) =>
  a.split('-')[0]?.toLowerCase() === b.split('-')[0]?.toLowerCase();

// What a banner has announced: the error, its words, whether Try again was pressed since.
const unseen = () => ({
  model: null as PermutiveErrorModel | null,
  said: '',
  asked: false,
  release: () => {},
});

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
    variant: asked,
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
  const { ui, lang, serverLang } = useErrorMessages();
  // What is left of `isError && error` (false, 0, '', NaN) is no failure to show.
  const model = useErrorModel(error || null);
  const copy = useErrorCopy(model);
  const [dismissed, setDismissed] = useState<PermutiveErrorModel | null>(null);
  const shown =
    !offline && model && copy && model.kind !== 'aborted' && dismissed !== model ? model : null;

  // The model's text is redacted already (the decoder redacts every model it builds).
  const message = (model?.message?.trim() && shorten(model.message.trim(), 300)) || '';
  // In another language than the server's, the kit's copy leads and the server's words follow
  // it, secondary: a French page keeps a French description beside an English message.
  const foreign = !sameLanguage(lang, serverLang);
  const [line, server] =
    model && copy ? (foreign ? [copy.description, false] : lineOf(copy, message)) : ['', false];
  const aside = foreign ? message : '';
  // A warning (over data still shown, or a rate limit) and a failure while retries continue are
  // said politely; a failure that blocks the page, assertively.
  const warning = Boolean(hasData) || model?.kind === 'rate-limited';
  const quiet = warning || Boolean(retrying);

  // Announced once per new error. A failure that arrives while retries continue is progress, and
  // one that says what was already said is the same failure still there; neither is news, unless
  // the person pressed Try again and is waiting to hear how it went.
  const seen = useRef(unseen());
  const spoken = shown && copy ? `${copy.title}. ${line}` : '';
  useEffect(() => {
    const last = seen.current;
    if (!shown) {
      last.release();
      seen.current = unseen();
      return;
    }
    if (shown === last.model) return;
    last.model = shown;
    if (last.said && !last.asked && (retrying || spoken === last.said)) return;
    last.release();
    last.said = spoken;
    last.asked = false;
    last.release = announce(spoken, quiet ? 'polite' : 'assertive');
  }, [shown, spoken, quiet, retrying]);
  // What it said leaves the live region with it (and a remount, as in strict mode, says it again).
  useEffect(
    () => () => {
      seen.current.release();
      seen.current = unseen();
    },
    [],
  );

  // Focus must not fall to <body> when the banner leaves the page with focus inside it: it goes to
  // what replaced the banner, else the control beside where it was.
  const titleId = `${useId()}-title`;
  const root = useRef<HTMLElement | null>(null);
  const cameFrom = useRef<HTMLElement | null>(null);
  const own = useCallback((node: HTMLElement | null) => {
    const gone = root.current;
    root.current = node;
    if (node || !gone?.contains(document.activeElement)) return;
    const parent = gone.parentNode;
    const before = new Set(parent ? parent.querySelectorAll('*') : []);
    const beside = focusBeside(gone);
    queueMicrotask(() => {
      if (document.activeElement && document.activeElement !== document.body) return;
      const fresh = parent?.isConnected
        ? focusables(parent).find((node) => !before.has(node))
        : undefined;
      (fresh ?? (beside?.isConnected ? beside : null))?.focus();
    });
  }, []);
  // One ref for the root while `ref` stays: a new callback each render would detach and attach
  // it every time, running the leaving-focus check above for nothing.
  const rootRef = useMemo(() => (ref ? mergeRefs(ref, own) : own), [ref, own]);

  if (offline)
    return (
      <OfflineNotice
        ref={rootRef}
        variant={asked}
        headingLevel={headingLevel}
        unstyled={unstyled}
        className={className}
        onFocus={onFocus}
        {...rest}
      />
    );
  if (!shown || !copy) return null;

  const variant = variantOf(asked);
  const compact = variant === 'compact';
  const Title = titleTag(variant, headingLevel);
  const severity = warning ? 'warning' : 'error';
  const part = (name: string) => cx(`pe-${name}`, unstyled);
  const cause = showCause && !compact ? shown.cause?.trim() : undefined;
  const short = cause && cause.length <= SHORT_CAUSE && !cause.includes('\n');
  // The model's link is safe and redacted already (the decoder sees to it); the fallback is not.
  const docs = showDocs && !compact ? (shown.docs ?? safeLink(docsHref)) : null;
  const requestId = showRequestId ? shown.requestId : null;
  const support = showSupportDetails && variant === 'page';
  const retry = typeof onRetry === 'function' && shown.retryable && (
    <RetryButton
      onClick={(event) => {
        if (event.currentTarget.getAttribute('aria-disabled') !== 'true') seen.current.asked = true;
      }}
      onRetry={onRetry}
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
      onClick={() => {
        const target =
          cameFrom.current?.isConnected && !root.current?.contains(cameFrom.current)
            ? cameFrom.current
            : root.current && focusBeside(root.current);
        target?.focus();
        setDismissed(shown);
        onDismiss();
      }}
    >
      {closeIcon()}
    </button>
  );

  return (
    // A named group, not a landmark (several banners may share a title); a fieldset is for form
    // controls, so no element has this role natively.
    // biome-ignore lint/a11y/useSemanticElements: see above
    <div
      role="group"
      aria-labelledby={titleId}
      className={cx('pe-banner', unstyled, className)}
      data-kind={shown.kind}
      data-status={shown.status ?? undefined}
      data-variant={variant}
      data-severity={severity}
      data-state={retrying ? 'retrying' : undefined}
      data-dismissible={dismiss ? '' : undefined}
      ref={rootRef}
      onFocus={(event: FocusEvent<HTMLDivElement>) => {
        onFocus?.(event);
        const from = event.relatedTarget;
        if (from instanceof HTMLElement && !event.currentTarget.contains(from))
          cameFrom.current = from;
      }}
      {...rest}
    >
      {severityIcon(severity, part('icon'))}
      <div className={part('body')}>
        <Title id={titleId} className={part('title')}>
          {copy.title}
        </Title>
        {!compact && (
          <>
            <p
              className={part('message')}
              lang={server ? serverLang : undefined}
              dir={server ? 'auto' : undefined}
            >
              {line}
            </p>
            {aside && (
              <p className={part('server-message')} lang={serverLang} dir="auto">
                {aside}
              </p>
            )}
            {short ? (
              <p className={part('cause')} lang={serverLang} dir="auto">
                {cause}
              </p>
            ) : (
              <ErrorDetails cause={cause} unstyled={unstyled} />
            )}
            {copy.action && <p className={part('next')}>{copy.action}</p>}
          </>
        )}
        {(retry || actions) && !compact && (
          <div className={part('actions')}>
            {retry}
            {actions}
          </div>
        )}
        {!compact && (requestId || docs || support) && (
          <div className={part('footer')}>
            <RequestId value={requestId} unstyled={unstyled} />
            {docs && docsAnchor({ href: docs, unstyled, ui })}
            {support && <CopySupportDetails error={shown} unstyled={unstyled} />}
          </div>
        )}
      </div>
      {compact && (
        <div className={part('actions')}>
          {retry}
          {actions}
          {showRequestId && shown.requestId && (
            <CopyButton
              icon
              text={shown.requestId}
              label={ui.copyRequestId}
              unstyled={unstyled}
              ui={ui}
            />
          )}
        </div>
      )}
      {dismiss}
    </div>
  );
});
ErrorBanner.displayName = 'ErrorBanner';
