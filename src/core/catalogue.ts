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
 * const copy: ErrorCatalogue = { '2000': { title: 'Your API key was rejected' } };
 * ```
 */
export type ErrorCatalogue = Readonly<Record<string, ErrorCopyEntry>>;

type Row = [title: string, description: string, action?: string];

const RETRY = 'Try again.';
const LATER = 'Try again in a few minutes.';
const CONFLICT = 'This conflicts with existing data.';
// Short on purpose: the copy ships in every bundle. Missing fields fall back to the next key.
const ROWS: Record<string, Row> = {
  1000: ['Invalid values', "Some values sent weren't valid."],
  1002: ['Malformed request', "The data sent wasn't in the expected shape."],
  1003: ['Missing data', 'The request needed data but had none.'],
  2000: ['Invalid API key', "The API key isn't valid.", 'Check the API key or sign in again.'],
  2001: ['Key not allowed', "This API key can't access this resource."],
  2004: ['Sign-in required', 'You need to sign in to do this.'],
  2005: ['Invalid sign-in', "Your sign-in details aren't valid."],
  3000: ['Not found', "This resource doesn't exist."],
  4000: ['Already exists', 'Something with this ID already exists.', 'Use a different ID.'],
  5000: ['Server error', 'The server hit an unexpected problem.'],
  '1xxx': ['Invalid request', "Part of the request wasn't valid."],
  '2xxx': ['Access problem', 'Your sign-in or permissions were rejected.'],
  '3xxx': ['Not found', "What you asked for doesn't exist."],
  '4xxx': ['Conflict', CONFLICT],
  '5xxx': ['Server error', 'The server had a problem.'],
  409: ['Conflict', CONFLICT],
  410: ['Gone', 'This was removed for good.'],
  503: ['Service unavailable', 'The service is down or busy.'],
  'bad-request': [
    'Invalid request',
    "Something in the request wasn't valid.",
    'Check your input and try again.',
  ],
  unauthorized: ["You're signed out", "Your sign-in or API key wasn't accepted.", 'Sign in again.'],
  forbidden: ['No access', "You aren't allowed to do this.", 'Ask an admin for access.'],
  'not-found': ['Not found', "What you asked for doesn't exist.", 'Check the link or go back.'],
  'rate-limited': [
    'Too many requests',
    'Too many requests in a short time.',
    'Wait a moment, then try again.',
  ],
  timeout: ['Timed out', 'The service took too long to answer.', RETRY],
  server: ['Server error', 'The service had a problem.', LATER],
  network: [
    "Can't connect",
    "The service couldn't be reached.",
    'Check your connection and try again.',
  ],
  aborted: ['Cancelled', 'The request was cancelled.', RETRY],
  unknown: [
    'Something went wrong',
    'An unexpected error happened.',
    'Try again, or contact support.',
  ],
};

// The kinds each subcode range (1xxx … 5xxx) describes.
const RANGE_KINDS = [
  '',
  'bad-request',
  'unauthorized forbidden',
  'not-found',
  'bad-request',
  'server',
];

let english: ErrorCatalogue | undefined;

/**
 * The built-in English catalogue, as entries you can spread into your own.
 *
 * @example
 * ```ts
 * const mine = { ...englishCatalogue(), unauthorized: { title: 'Session expired' } };
 * ```
 */
export function englishCatalogue(): ErrorCatalogue {
  english ??= Object.fromEntries(
    Object.entries(ROWS).map(([key, [title, description, action]]) => [
      key,
      { title, description, action },
    ]),
  );
  return english;
}

/**
 * The catalogue keys for a model, most specific first: subcode, range, status, kind.
 *
 * @example
 * ```ts
 * copyKeys(model); // ['2000', '2xxx', '401', 'unauthorized']
 * ```
 */
export function copyKeys(model: PermutiveErrorModel): string[] {
  const { code, status, kind } = model;
  const range = code !== null && code >= 1000 && code < 6000 ? Math.floor(code / 1000) : 0;
  const keys: string[] = [];
  // A subcode whose range contradicts the HTTP status (a 429 with a 1xxx code) says nothing
  // reliable: as in decoding, the status wins.
  if (code !== null && (!range || RANGE_KINDS[range]?.includes(kind))) {
    keys.push(String(code));
    if (range) keys.push(`${range}xxx`);
  }
  if (status !== null) keys.push(String(status));
  keys.push(kind);
  return keys;
}

const FIELDS = ['title', 'description', 'action'] as const;

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
  const layers = [...catalogues, englishCatalogue()];
  const copy = {} as ErrorCopy;
  const keys = copyKeys(model);
  for (const field of FIELDS) {
    search: for (const layer of layers) {
      for (const key of keys) {
        const value = layer?.[key]?.[field];
        let text: unknown;
        try {
          text = typeof value === 'function' ? value(model) : value;
        } catch {
          // An override that throws falls back like one that is missing.
        }
        if (typeof text === 'string') {
          copy[field] = text;
          break search;
        }
      }
    }
  }
  return copy;
}
