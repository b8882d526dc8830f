import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { describePermutiveError } from '../core/catalogue.js';
import type {
  CompleteCatalogue,
  ErrorCatalogue,
  ErrorCopy,
  PermutiveErrorModel,
} from '../core/index.js';
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
  errors?: ErrorCatalogue | undefined;
  /** UI strings; any one replaces the built-in one. */
  ui?: Partial<UiStrings> | undefined;
  /** The language of this copy; where it differs from `serverLang`, the kit's copy leads. @defaultValue `'en'` */
  lang?: string | undefined;
  /** The language of the server's own text (message, cause), for its `lang` attribute. @defaultValue `'en'` */
  serverLang?: string | undefined;
}

/**
 * A complete language: its `lang`, every entry and field of the English catalogue, and every UI
 * string. A catalogue typed with it fails to build when one is missing.
 *
 * @example
 * ```ts
 * const mine: LocaleMessages = { ...de, ui: { ...de.ui, retry: 'Neu laden' } };
 * ```
 */
export interface LocaleMessages extends ErrorMessages {
  /** The language's tag, such as `'de'`. */
  lang: string;
  /** Every entry of the English catalogue, with the fields English gives it; more may follow. */
  errors: CompleteCatalogue & ErrorCatalogue;
  /** Every UI string. */
  ui: UiStrings;
}

/** What components read: every UI string, and the catalogues to try before English. */
export interface ResolvedMessages {
  ui: UiStrings;
  catalogues: ErrorCatalogue[];
  lang: string;
  serverLang: string;
}

const Context = createContext<ResolvedMessages>({
  ui: englishUi,
  catalogues: [],
  lang: 'en',
  serverLang: 'en',
});

/** Props of {@link ErrorMessagesProvider}. */
export interface ErrorMessagesProviderProps {
  /** The language or overrides in force below. */
  messages: ErrorMessages;
  /** What the messages apply to. */
  children?: ReactNode | undefined;
}

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
export function ErrorMessagesProvider({ messages, children }: ErrorMessagesProviderProps) {
  const outer = useContext(Context);
  const value = useMemo(
    () => ({
      ui: { ...outer.ui, ...messages.ui },
      catalogues: messages.errors ? [messages.errors, ...outer.catalogues] : outer.catalogues,
      lang: messages.lang ?? outer.lang,
      serverLang: messages.serverLang ?? outer.serverLang,
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

/** The copy for a model in the messages in force here; `null` for no model. */
export function useErrorCopy(model: PermutiveErrorModel | null): ErrorCopy | null {
  const { catalogues } = useErrorMessages();
  return useMemo(() => model && describePermutiveError(model, ...catalogues), [model, catalogues]);
}
