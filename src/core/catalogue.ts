import { englishCatalogue } from './english.js';
import type { PermutiveErrorModel } from './model.js';

/**
 * The copy shown for one error: what failed, why, and what to do next.
 *
 * @example
 * ```ts
 * const { title, description, action } = describePermutiveError(model);
 * ```
 */
export interface ErrorCopy {
  /** A short headline, such as "You're signed out". */
  title: string;
  /** What went wrong, in plain language. */
  description: string;
  /** What the person can do next. */
  action: string;
}

/** A string, or a function of the model that returns one. */
export type CopyText = string | ((model: PermutiveErrorModel) => string);

/** Any of an entry's fields; a missing field falls back to the next key. */
export type ErrorCopyEntry = { [K in keyof ErrorCopy]?: CopyText };

/**
 * Copy keyed by subcode (`"2000"`), subcode range (`"2xxx"`), HTTP status (`"401"`) or kind
 * (`"unauthorized"`), looked up in that order, field by field.
 *
 * @example
 * ```ts
 * const copy: ErrorCatalogue = { '2000': { title: 'Your Permutive key needs renewing' } };
 * ```
 */
export type ErrorCatalogue = Readonly<Record<string, ErrorCopyEntry>>;

// The kinds each subcode range (1xxx … 5xxx) describes.
const RANGE_KINDS = [
  '',
  'bad-request',
  'unauthorized forbidden',
  'not-found',
  'bad-request',
  'server',
];

/** The catalogue keys for a model, most specific first: subcode, range, status, kind. */
export function copyKeys(model: PermutiveErrorModel): string[] {
  const { code, status, kind } = model;
  const range = code !== null && code >= 1000 && code < 6000 ? Math.floor(code / 1000) : 0;
  const keys: string[] = [];
  // A subcode whose range contradicts the HTTP status (a 429 with a 1xxx code) says nothing
  // reliable: as in decoding, the status wins. A code from 100 to 599 is never looked up: it
  // would read as an HTTP status (a 429 with code 504 is not "taking too long").
  const statusLike = code !== null && code >= 100 && code <= 599;
  if (code !== null && !statusLike && (!range || RANGE_KINDS[range]?.includes(kind))) {
    keys.push(String(code));
    if (range) keys.push(`${range}xxx`);
  }
  if (status !== null) keys.push(String(status));
  keys.push(kind);
  return keys;
}

const FIELDS = ['title', 'description', 'action'] as const;

/** The first text for `field` in `layers`, each searched from its most specific key. */
function findText(
  field: keyof ErrorCopy,
  layers: readonly (ErrorCatalogue | undefined)[],
  keys: readonly string[],
  model: PermutiveErrorModel,
): string | undefined {
  for (const layer of layers) {
    for (const key of keys) {
      const value = layer?.[key]?.[field];
      let text: unknown;
      try {
        text = typeof value === 'function' ? value(model) : value;
      } catch {
        // An override that throws falls back like one that is missing.
      }
      if (typeof text === 'string') return text;
    }
  }
  return undefined;
}

/**
 * The copy for a model. Each field comes from the first catalogue that has it at any key (the
 * given ones first, then English), and within a catalogue from its most specific key.
 *
 * @example
 * ```ts
 * describePermutiveError(model, { unauthorized: { action: 'Open settings to reconnect.' } });
 * ```
 */
export function describePermutiveError(
  model: PermutiveErrorModel,
  ...catalogues: (ErrorCatalogue | undefined)[]
): ErrorCopy {
  const layers = [...catalogues, englishCatalogue];
  const keys = copyKeys(model);
  const copy = {} as ErrorCopy;
  for (const field of FIELDS) {
    const text = findText(field, layers, keys, model);
    if (text !== undefined) copy[field] = text;
  }
  return copy;
}
