import { expectTypeOf } from 'vitest';
import type { LocaleMessages } from '../../src/index.js';
import { de } from '../../src/messages/de.js';
import { es } from '../../src/messages/es.js';
import { fr } from '../../src/messages/fr.js';

// Each shipped language is typed complete, not as the all-optional ErrorMessages.
expectTypeOf(de).toEqualTypeOf<LocaleMessages>();
expectTypeOf(es).toEqualTypeOf<LocaleMessages>();
expectTypeOf(fr).toEqualTypeOf<LocaleMessages>();

const complete = (messages: LocaleMessages) => messages;
const { unknown: _unknown, ...noUnknownEntry } = de.errors;
const { action: _action, ...noAction } = de.errors[2000];
const { retry: _retry, ...noRetry } = de.ui;
const { lang: _lang, ...noLang } = de;

complete({ ...de, errors: { ...de.errors, extra: { title: 'Mehr' } } });
// @ts-expect-error: the entry for "unknown" is missing.
complete({ ...de, errors: noUnknownEntry });
// @ts-expect-error: 2000 has an action in English, so every language gives it one.
complete({ ...de, errors: { ...de.errors, 2000: noAction } });
// @ts-expect-error: a UI string is missing.
complete({ ...de, ui: noRetry });
// @ts-expect-error: a language says which it is.
complete(noLang);
