import { describe, expect, it } from 'vitest';
import { createModel, englishCatalogue } from '../../src/core/index.js';
import { de } from '../../src/messages/de.js';
import type { LocaleMessages } from '../../src/messages/ErrorMessagesProvider.js';
import { englishUi, type UiStrings } from '../../src/messages/english.js';
import { es } from '../../src/messages/es.js';

// Common English words that neither German nor Spanish uses (no "in", "no", "was", "die").
const ENGLISH = new Set(
  'the and your you please try again request service error failed sign reload page copy details show help with this check connection retry dismiss something wrong access item is it of to for'.split(
    ' ',
  ),
);
const model = createModel('server', { status: 500 });

// Every UI phrase, the function strings called as the components call them.
const phrases = (ui: UiStrings): Record<string, string> => ({
  ...Object.fromEntries(Object.entries(ui).filter(([, text]) => typeof text === 'string')),
  retryIn: ui.retryIn('5 s'),
  wait: ui.wait(3725),
  retrying: ui.retrying(),
  'retrying(2, 3)': ui.retrying(2, 3),
  requestsFailed: ui.requestsFailed(3),
  'requestsFailed(1)': ui.requestsFailed(1),
});

// Every text of a language by key: "errors.2000.title", "ui.retry".
function texts({ errors, ui }: LocaleMessages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(errors))
    for (const [field, text] of Object.entries(entry))
      out[`errors.${key}.${field}`] = typeof text === 'function' ? text(model) : String(text);
  for (const [key, text] of Object.entries(phrases(ui))) out[`ui.${key}`] = text;
  return out;
}
const english = texts({
  lang: 'en',
  errors: englishCatalogue as LocaleMessages['errors'],
  ui: englishUi,
});

// What is left in English: a text equal to the English one for its key (punctuation alone, such
// as the separator ": ", is not language), or a text with a common English word.
function leftovers(messages: LocaleMessages): string[] {
  return Object.entries(texts(messages)).flatMap(([key, text]) => [
    ...(text === english[key] && /\p{L}/u.test(text) ? [`${key}: same as English`] : []),
    ...(text.toLowerCase().match(/\p{L}+/gu) ?? [])
      .filter((word) => ENGLISH.has(word))
      .map((word) => `${key}: "${word}"`),
  ]);
}

describe.each([
  ['German', de],
  ['Spanish', es],
])('%s has no English left', (_, messages) => {
  it('walks every key English has', () => {
    expect(Object.keys(texts(messages)).sort()).toEqual(Object.keys(english).sort());
  });

  it('in any text', () => {
    expect(leftovers(messages)).toEqual([]);
  });
});

describe('the check for English', () => {
  it('finds a text left as in English, and English words in a translated one', () => {
    const doctored: LocaleMessages = {
      ...de,
      errors: {
        ...de.errors,
        410: { ...de.errors[410], action: 'Go back and choose another item.' },
      },
      ui: { ...de.ui, copy: 'Copy', retryIn: (wait) => `Bitte try again in ${wait}` },
    };
    expect(leftovers(doctored)).toEqual([
      'errors.410.action: same as English',
      'errors.410.action: "and"',
      'errors.410.action: "item"',
      'ui.copy: same as English',
      'ui.copy: "copy"',
      'ui.retryIn: "try"',
      'ui.retryIn: "again"',
    ]);
  });

  it('lets ids and punctuation be: "API", "ID", ": "', () => {
    expect(leftovers({ ...de, ui: { ...de.ui, requestId: 'API-ID', separator: ': ' } })).toEqual(
      [],
    );
  });
});
