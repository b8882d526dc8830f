import { type Ref, useCallback, useMemo, useState } from 'react';
import type { ErrorCopy, PermutiveErrorModel } from '../core/index.js';
import { useErrorCopy, useErrorMessages } from '../messages/ErrorMessagesProvider.js';
import { saysNothingNew, shorten } from './shared/text.js';
import { useAnnouncement } from './shared/useAnnouncement.js';
import { useFocusReturn } from './shared/useFocusReturn.js';
import { useErrorModel } from './useErrorModel.js';

/** What {@link useErrorBanner} reads from a banner's props. */
export interface ErrorBannerInput {
  error: unknown;
  retrying?: unknown;
  hasData?: boolean | undefined;
  offline?: boolean | undefined;
  onDismiss?: (() => void) | undefined;
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
 * A banner's state: the error to show (none once dismissed, offline or aborted), its copy and
 * lines, its severity, its announcement, and where focus goes when it leaves.
 */
export function useErrorBanner(
  { error, retrying, hasData, offline, onDismiss }: ErrorBannerInput,
  ref?: Ref<HTMLDivElement>,
) {
  const { lang, serverLang } = useErrorMessages();
  // What is left of `isError && error` (false, 0, '', NaN) is no failure to show.
  const model = useErrorModel(error || null);
  const copy = useErrorCopy(model);
  const [dismissed, setDismissed] = useState<PermutiveErrorModel | null>(null);
  const shown =
    !offline && model && copy && model.kind !== 'aborted' && dismissed !== model ? model : null;
  const foreign = !sameLanguage(lang, serverLang);
  const lines = useMemo(
    () => copy && linesOf(copy, shorten(model?.message?.trim() ?? '', 300), foreign),
    [copy, model, foreign],
  );
  // A warning (over data still shown, or a rate limit) and a failure while retries continue are
  // said politely; a failure that blocks the page, assertively.
  const warning = Boolean(hasData) || model?.kind === 'rate-limited';
  const words = shown && copy && lines ? `${copy.title}. ${lines.line}` : '';
  const pressed = useAnnouncement(shown, words, warning || Boolean(retrying), Boolean(retrying));
  const { rootRef, onFocus, leave } = useFocusReturn(ref);
  const dismiss = useCallback(() => {
    leave();
    setDismissed(shown);
    onDismiss?.();
  }, [leave, shown, onDismiss]);
  return {
    shown,
    copy,
    lines,
    serverLang,
    severity: warning ? ('warning' as const) : ('error' as const),
    pressed,
    dismiss,
    rootRef,
    onFocus,
  };
}
