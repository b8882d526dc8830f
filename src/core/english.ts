import type { CopyText, ErrorCatalogue, ErrorCopyEntry } from './catalogue.js';

// Retryable kinds may sit beside a working "Try again" button, so their next step never asks
// people to wait and come back later; nor does any step mention a button, which shows only when
// the app passes onRetry (a 429's button counts Retry-After down by itself). The person reading is
// often a dashboard user: no step assumes they own the API key or typed what was sent.
const SUPPORT = 'Try again. If it keeps happening, contact support.';
const RELOAD = 'Reload the page and try again. If it happens again, contact support.';
const CONFLICT = {
  title: 'This clashes with existing data',
  description:
    'Something with the same name or ID is already there, or the data changed since the page loaded.',
  action: 'Reload the page to see the latest version, then try again.',
} satisfies ErrorCopyEntry;

// An entry exists only where its key says more than the keys after it, since a subcode or range
// entry hides its status's words. Subcodes 3000 ("does not exist") and 5000 ("unspecified") and
// the 1xxx, 2xxx, 3xxx and 5xxx ranges say no more than their HTTP status (a 503 carrying 5000 is
// still unavailable, a 410 carrying 3000 still gone), so they have none; 4xxx says "conflict".
const entries = {
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
} satisfies ErrorCatalogue;

/**
 * Every key of the English catalogue with the fields English gives it: what a complete language
 * writes, so that a catalogue typed with it fails to build when an entry or field is missing.
 */
export type CompleteCatalogue = {
  readonly [K in keyof typeof entries]: { [F in keyof (typeof entries)[K]]: CopyText };
};

/**
 * The built-in English catalogue, as entries you can spread into your own.
 *
 * @example
 * ```ts
 * const mine = { ...englishCatalogue, unauthorized: { title: 'Session expired' } };
 * ```
 */
export const englishCatalogue: ErrorCatalogue = entries;
