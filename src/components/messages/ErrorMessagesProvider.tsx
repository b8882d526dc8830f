import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { ErrorCatalogue } from '../../core/index.js';
import { englishUi, type UiStrings } from './english.js';

/**
 * A language, or overrides of one: error copy by subcode, range, status or kind, and UI strings.
 *
 * @example
 * ```ts
 * const messages: ErrorMessages = {
 *   errors: { unauthorized: { action: 'Reconnect in Settings.' } },
 *   ui: { retry: 'Reload' },
 * };
 * ```
 */
export interface ErrorMessages {
  /** Error copy; any entry replaces the built-in one field by field. */
  errors?: ErrorCatalogue;
  /** UI strings; any one replaces the built-in one. */
  ui?: Partial<UiStrings>;
}

/** What components read: every UI string, and the catalogues to try before English. */
export interface ResolvedMessages {
  ui: UiStrings;
  catalogues: ErrorCatalogue[];
}

const Context = createContext<ResolvedMessages>({ ui: englishUi, catalogues: [] });

/**
 * Overrides the components' copy below it. Nested providers layer: the inner one wins.
 *
 * @example
 * ```tsx
 * import { fr } from 'react-permutive-errors/locales/fr';
 *
 * <ErrorMessagesProvider messages={fr}>
 *   <App />
 * </ErrorMessagesProvider>
 * ```
 */
export function ErrorMessagesProvider({
  messages,
  children,
}: {
  messages: ErrorMessages;
  children?: ReactNode;
}) {
  const outer = useContext(Context);
  const value = useMemo(
    () => ({
      ui: { ...outer.ui, ...messages.ui },
      catalogues: messages.errors ? [messages.errors, ...outer.catalogues] : outer.catalogues,
    }),
    [outer, messages],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/**
 * The messages in force here: UI strings and error catalogues.
 *
 * @example
 * ```ts
 * const { ui } = useErrorMessages();
 * ```
 */
export const useErrorMessages = (): ResolvedMessages => useContext(Context);
