import { type FocusEvent, type Ref, type RefCallback, useCallback, useMemo, useState } from 'react';
import type { ErrorCopy, PermutiveErrorModel } from '../core/index.js';
import { useErrorCopy, useErrorMessages } from '../messages/ErrorMessagesProvider.js';
import type { RetryProgress } from './RetryButton.js';
import { saysNothingNew, shorten } from './shared/text.js';
import { useAnnouncement } from './shared/useAnnouncement.js';
import { useFocusReturn } from './shared/useFocusReturn.js';
import { useErrorModel } from './useErrorModel.js';

/** What {@link useErrorBanner} reads: the props of the same names on `ErrorBanner`. */
export interface UseErrorBannerOptions {
  /** Anything thrown, or a decoded model; nothing shows for a falsy value or an abort. */
  error: unknown;
  /** A retry is under way: a new failure meanwhile is said politely, and only if it is news. @defaultValue `false` */
  retrying?: boolean | RetryProgress | undefined;
  /** The page still shows data from before the failure: a warning, said politely. @defaultValue `false` */
  hasData?: boolean | undefined;
  /** Requests wait for the browser to be back online: no error shows (show `OfflineNotice`). @defaultValue `false` */
  offline?: boolean | undefined;
  /** Called by `dismiss()`, after the banner hides and focus moves on. */
  onDismiss?: (() => void) | undefined;
}

/** What {@link useErrorBanner} returns: what to show, and what to wire to your own markup. */
export interface UseErrorBannerResult {
  /** The failure to show now; `null` when there is none (dismissed, offline, aborted or falsy). */
  model: PermutiveErrorModel | null;
  /** Its copy in the messages in force; `null` with no model. */
  copy: ErrorCopy | null;
  /** The line under the title: the server's words where they say more, else the kit's description. */
  message: string;
  /** The language of `message` when it is the server's words (for its `lang`), else `undefined`. */
  messageLang: string | undefined;
  /** The server's words after the kit's, when the page speaks another language than the server; else `''`. */
  serverMessage: string;
  /** `warning` over data still shown or for a rate limit, else `error`. */
  severity: 'error' | 'warning';
  /** Hides the banner until a new error arrives, moves focus on, then calls `onDismiss`. */
  dismiss: () => void;
  /** Call when the person retries: a failure in the same words after it is said again. */
  retried: () => void;
  /** Your root element's ref: focus does not fall to `<body>` when it leaves. */
  ref: RefCallback<HTMLDivElement>;
  /** Your root element's `onFocus`: Dismiss returns focus where it came from. */
  onFocus: (event: FocusEvent<HTMLElement>) => void;
}

// Two language tags name the same language when their primary subtags agree (en-GB, en).
const sameLanguage = (a: string, b: string) =>
  a.split('-')[0]?.toLowerCase() === b.split('-')[0]?.toLowerCase();

/**
 * The line under the title. In the server's language, the server's own words where they say
 * more than the kit's description, else the description; in another language, always the kit's
 * description, with the server's words after it (`aside`).
 */
function linesOf(copy: ErrorCopy, message: string, foreign: boolean) {
  if (foreign) return { line: copy.description, server: false, aside: message };
  const own = message !== '' && !saysNothingNew(message, [copy.title, copy.description]);
  return { line: own ? message : copy.description, server: own, aside: '' };
}

/**
 * A banner's state, for a banner in your own layout: the failure to show, its copy and lines,
 * its severity; it announces each new failure once and returns focus as `ErrorBanner` does.
 * `ErrorBanner` is this hook and the kit's parts. Pass your root's forwarded ref as `ref`, so that
 * it reaches the element along with the hook's.
 *
 * @example
 * ```tsx
 * const banner = useErrorBanner({ error: query.error });
 * if (!banner.model || !banner.copy) return null;
 * return (
 *   <section ref={banner.ref} onFocus={banner.onFocus}>
 *     <h3>{banner.copy.title}</h3>
 *     <p lang={banner.messageLang}>{banner.message}</p>
 *     <RequestId value={banner.model.requestId} />
 *   </section>
 * );
 * ```
 */
export function useErrorBanner(
  { error, retrying, hasData, offline, onDismiss }: UseErrorBannerOptions,
  ref?: Ref<HTMLDivElement>,
): UseErrorBannerResult {
  const { lang, serverLang } = useErrorMessages();
  // What is left of `isError && error` (false, 0, '', NaN) is no failure to show.
  const decoded = useErrorModel(error || null);
  const copy = useErrorCopy(decoded);
  // The value dismissed, not its model: a string decodes to a new model each time, and a body
  // read later makes a fuller model of the same failure.
  const [dismissed, setDismissed] = useState<{ error: unknown } | null>(null);
  const model =
    !offline &&
    decoded &&
    copy &&
    decoded.kind !== 'aborted' &&
    !(dismissed && Object.is(dismissed.error, error))
      ? decoded
      : null;
  const foreign = !sameLanguage(lang, serverLang);
  const lines = useMemo(
    () => model && copy && linesOf(copy, shorten(model.message?.trim() ?? '', 300), foreign),
    [model, copy, foreign],
  );
  // A warning (over data still shown, or a rate limit) and a failure while retries continue are
  // said politely; a failure that blocks the page, assertively.
  const warning = Boolean(hasData) || decoded?.kind === 'rate-limited';
  const words = model && copy && lines ? `${copy.title}. ${lines.line}` : '';
  const retried = useAnnouncement(model, words, warning || Boolean(retrying), Boolean(retrying));
  const focus = useFocusReturn(ref);
  const { leave } = focus;
  const dismiss = useCallback(() => {
    leave();
    setDismissed({ error });
    onDismiss?.();
  }, [leave, error, onDismiss]);
  return {
    model,
    copy: model && copy,
    message: lines?.line ?? '',
    messageLang: lines?.server ? serverLang : undefined,
    serverMessage: lines?.aside ?? '',
    severity: warning ? 'warning' : 'error',
    dismiss,
    retried,
    ref: focus.rootRef,
    onFocus: focus.onFocus,
  };
}
