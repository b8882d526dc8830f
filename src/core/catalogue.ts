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

// Retryable kinds may sit beside a working "Try again" button, so their next step never asks
// people to wait and come back later; nor does any step mention a button, which shows only when
// the app passes onRetry (a 429's button counts Retry-After down by itself). The person reading is
// often a dashboard user: no step assumes they own the API key or typed what was sent.
const SUPPORT = 'Try again. If it keeps happening, contact support.';
const RELOAD = 'Reload the page and try again. If it happens again, contact support.';
const CONFLICT: ErrorCopyEntry = {
  title: 'This clashes with existing data',
  description:
    'Something with the same name or ID is already there, or the data changed since the page loaded.',
  action: 'Reload the page to see the latest version, then try again.',
};

// An entry exists only where its key says more than the keys after it, since a subcode or range
// entry hides its status's words. Subcodes 3000 ("does not exist") and 5000 ("unspecified") and
// the 1xxx, 2xxx, 3xxx and 5xxx ranges say no more than their HTTP status (a 503 carrying 5000 is
// still unavailable, a 410 carrying 3000 still gone), so they have none; 4xxx says "conflict".
const ENGLISH: ErrorCatalogue = {
  1000: {
    title: "Some values weren't accepted",
    description: "At least one is outside the range or format that's allowed.",
    action:
      'Correct any values you entered and try again, or reload the page. If it keeps happening, contact support.',
  },
  1002: {
    title: "The data sent couldn't be read",
    description:
      "It wasn't laid out the way the service expects, which usually points to a fault in this app.",
    action: RELOAD,
  },
  1003: {
    title: 'Required data was missing',
    description: 'The service expected details with this action, but none came with it.',
    action: RELOAD,
  },
  2000: {
    title: 'Access to the service was refused',
    description: 'The API key this app uses may have been mistyped, revoked or replaced.',
    action: "Sign in again. If that doesn't help, ask your admin to check the app's API key.",
  },
  2001: {
    title: "This app doesn't have access here",
    description: "Its API key works, but hasn't been given access to this item or action.",
    action: "Ask your admin to give the app's API key access.",
  },
  2004: {
    title: 'You need to sign in',
    description: "No sign-in details reached the service, so it can't tell who you are.",
    action: 'Sign in, then try again.',
  },
  2005: {
    title: "Your sign-in wasn't accepted",
    description: 'The details sent with it are wrong or have expired.',
  },
  4000: {
    title: 'This already exists',
    description: 'Another item has the same ID.',
    action: 'Use a different ID, or open the existing item.',
  },
  '4xxx': CONFLICT,
  409: CONFLICT,
  410: {
    title: 'This item is no longer available',
    description: "It was deleted for good, so links to it won't work.",
    action: 'Go back and choose another item.',
  },
  502: {
    title: "The service didn't answer properly",
    description:
      'A server in between got a broken or empty reply, often while the service restarts.',
  },
  503: {
    title: 'The service is temporarily unavailable',
    description: "It's down for maintenance or too busy to take on more work.",
  },
  504: {
    title: 'The service is taking too long',
    description: "It didn't finish in time, usually because it's busy or the task is large.",
  },
  'bad-request': {
    title: "The service couldn't accept this",
    description: 'Something in it is missing or not in the form it expects.',
    action:
      'Check any details you entered and try again, or reload the page. If it keeps happening, contact support.',
  },
  unauthorized: {
    title: "You're signed out",
    description: "Your session may have expired, or this app's access was withdrawn.",
    action: 'Sign in again.',
  },
  forbidden: {
    title: "You don't have access to this",
    description: "Your account, or the app you're using, hasn't been given permission for it.",
    action: 'Ask an admin for access.',
  },
  'not-found': {
    title: "This item can't be found",
    description: 'It may have been deleted, or the link may be out of date.',
    action: 'Check the link, or go back and choose another item.',
  },
  'rate-limited': {
    title: 'Too many requests',
    description: 'The service limits how often it can be asked, and this app went over.',
    action: SUPPORT,
  },
  timeout: {
    title: 'This took too long',
    description: 'No answer came back in time; a slow connection or a busy service can cause this.',
    action: 'Check your connection, then try again.',
  },
  server: {
    title: 'The service ran into a problem',
    description: "Something failed on its side; it wasn't caused by anything you did.",
    action: SUPPORT,
  },
  network: {
    title: "Can't reach the service",
    description: 'Your device may be offline, or a firewall or VPN may be blocking it.',
    action: 'Check your connection, then try again.',
  },
  aborted: {
    title: 'This was cancelled',
    description: 'It stopped before an answer came back.',
    action: 'Start it again if you still need it.',
  },
  'invalid-response': {
    title: "The reply couldn't be used",
    description: 'The service answered, but not in the form this app expects.',
    action: RELOAD,
  },
  unknown: {
    title: 'Something went wrong',
    description: "The app hit an error it didn't expect.",
    action: SUPPORT,
  },
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

/**
 * The built-in English catalogue, as entries you can spread into your own.
 *
 * @example
 * ```ts
 * const mine = { ...englishCatalogue(), unauthorized: { title: 'Session expired' } };
 * ```
 */
export function englishCatalogue(): ErrorCatalogue {
  return ENGLISH;
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
  const layers = [...catalogues, englishCatalogue()];
  const keys = copyKeys(model);
  const copy = {} as ErrorCopy;
  for (const field of FIELDS) {
    const text = findText(field, layers, keys, model);
    if (text !== undefined) copy[field] = text;
  }
  return copy;
}
