import { describe, expect, it } from 'vitest';
import { copyKeys } from '../../src/core/catalogue.js';
import {
  createModel,
  describePermutiveError,
  type ErrorCatalogue,
  type ErrorCopy,
  englishCatalogue,
  kindFromStatus,
  PERMUTIVE_ERROR_KINDS,
  type PermutiveErrorKind,
} from '../../src/core/index.js';
import { fr } from '../../src/messages/fr.js';

const french = fr.errors as ErrorCatalogue;
const model = (
  kind: PermutiveErrorKind,
  status: number | null = null,
  code: number | null = null,
) => createModel(kind, { status, code });

// What a person reads as the title for each status and subcode the contract names (and the
// fallbacks of unknown codes), written out by hand: [status, code, kind, title].
const TITLES: [number | null, number | null, PermutiveErrorKind, string][] = [
  [400, null, 'bad-request', "The service couldn't accept this"],
  [400, 1000, 'bad-request', "Some values weren't accepted"],
  [400, 1002, 'bad-request', "The data sent couldn't be read"],
  [400, 1003, 'bad-request', 'Required data was missing'],
  [400, 1999, 'bad-request', "The service couldn't accept this"],
  [400, 4999, 'bad-request', 'This clashes with existing data'],
  [401, null, 'unauthorized', "You're signed out"],
  [401, 2000, 'unauthorized', 'Access to the service was refused'],
  [401, 2004, 'unauthorized', 'You need to sign in'],
  [401, 2005, 'unauthorized', "Your sign-in wasn't accepted"],
  [401, 2999, 'unauthorized', "You're signed out"],
  [403, null, 'forbidden', "You don't have access to this"],
  [403, 2001, 'forbidden', "This app doesn't have access here"],
  [403, 2999, 'forbidden', "You don't have access to this"],
  [404, null, 'not-found', "This item can't be found"],
  [404, 3000, 'not-found', "This item can't be found"],
  [408, null, 'timeout', 'This took too long'],
  [409, null, 'bad-request', 'This clashes with existing data'],
  [409, 4000, 'bad-request', 'This already exists'],
  [409, 4999, 'bad-request', 'This clashes with existing data'],
  [410, null, 'not-found', 'This item is no longer available'],
  [410, 3000, 'not-found', 'This item is no longer available'],
  [422, null, 'bad-request', "The service couldn't accept this"],
  [429, null, 'rate-limited', 'Too many requests'],
  [429, 1000, 'rate-limited', 'Too many requests'],
  [500, null, 'server', 'The service ran into a problem'],
  [500, 5000, 'server', 'The service ran into a problem'],
  [501, null, 'server', 'The service ran into a problem'],
  [502, null, 'server', "The service didn't answer properly"],
  [503, null, 'server', 'The service is temporarily unavailable'],
  [503, 5000, 'server', 'The service is temporarily unavailable'],
  [504, null, 'server', 'The service is taking too long'],
  [504, 5999, 'server', 'The service is taking too long'],
  [null, null, 'network', "Can't reach the service"],
  [null, null, 'timeout', 'This took too long'],
  [null, null, 'server', 'The service ran into a problem'],
  [null, null, 'aborted', 'This was cancelled'],
  [null, null, 'unknown', 'Something went wrong'],
];
const ROWS = TITLES.map(([status, code, kind]) => model(kind, status, code));
const RETRYABLE: PermutiveErrorKind[] = ['network', 'timeout', 'rate-limited', 'server'];

// Content words, lower-cased, accents and endings dropped ("signed" and "sign-in" are "sign").
const STOP = new Set(
  `the this that these its are was were been has have had for and but with your you not can don
  didn isn wasn weren hasn won doesn couldn aren may any some too out who how what
  les des une cet cette ces cela ceci est sont été pas plus par pour avec dans sur que qui
  elle ils elles vous votre vos son ses peut être trop aux`.split(/\s+/),
);
const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .split(/[^a-z]+/)
      .filter((word) => word.length > 2 && !STOP.has(word))
      .map((word) => word.replace(/(ing|ed|ees|ee|es|e|s)$/, '')),
  );
/** True when a description says nothing its title does not: equal, or sharing most of its words. */
const restates = (title: string, description: string) => {
  const said = words(title);
  const shared = [...words(description)].filter((word) => said.has(word)).length;
  return title.trim() === description.trim() || shared / Math.max(said.size, 1) > 0.5;
};

describe('the English copy', () => {
  it.each(TITLES)('%s %s is %s: "%s"', (status, code, kind, title) => {
    if (status !== null) expect(kindFromStatus(status)).toBe(kind);
    const copy = describePermutiveError(model(kind, status, code));
    expect(copy.title).toBe(title);
    expect(Object.keys(copy).sort()).toEqual(['action', 'description', 'title']);
    for (const text of Object.values(copy)) expect(text).toMatch(/^\S.{4,}[.!]?$/);
  });

  it.each<[PermutiveErrorKind, number | null, number | null, ErrorCopy]>([
    [
      'unauthorized',
      401,
      2000,
      {
        title: 'Access to the service was refused',
        description: 'The API key this app uses may have been mistyped, revoked or replaced.',
        action: "Sign in again. If that doesn't help, ask your admin to check the app's API key.",
      },
    ],
    [
      'unauthorized',
      401,
      2005,
      {
        title: "Your sign-in wasn't accepted",
        description: 'The details sent with it are wrong or have expired.',
        action: 'Sign in again.',
      },
    ],
    [
      'bad-request',
      400,
      1000,
      {
        title: "Some values weren't accepted",
        description: "At least one is outside the range or format that's allowed.",
        action:
          'Correct any values you entered and try again, or reload the page. If it keeps happening, contact support.',
      },
    ],
    [
      'forbidden',
      403,
      2001,
      {
        title: "This app doesn't have access here",
        description: "Its API key works, but hasn't been given access to this item or action.",
        action: "Ask your admin to give the app's API key access.",
      },
    ],
    [
      'rate-limited',
      429,
      null,
      {
        title: 'Too many requests',
        description: 'The service limits how often it can be asked, and this app went over.',
        action: 'Try again. If it keeps happening, contact support.',
      },
    ],
    [
      'server',
      503,
      null,
      {
        title: 'The service is temporarily unavailable',
        description: "It's down for maintenance or too busy to take on more work.",
        action: 'Try again. If it keeps happening, contact support.',
      },
    ],
    [
      'server',
      504,
      null,
      {
        title: 'The service is taking too long',
        description: "It didn't finish in time, usually because it's busy or the task is large.",
        action: 'Try again. If it keeps happening, contact support.',
      },
    ],
    [
      'network',
      null,
      null,
      {
        title: "Can't reach the service",
        description: 'Your device may be offline, or a firewall or VPN may be blocking it.',
        action: 'Check your connection, then try again.',
      },
    ],
  ])('%s %s %s reads in full', (kind, status, code, copy) => {
    expect(describePermutiveError(model(kind, status, code))).toStrictEqual(copy);
  });

  it('gives 500, 502, 503 and 504 four different titles', () => {
    const titles = [500, 502, 503, 504].map(
      (status) => describePermutiveError(model('server', status)).title,
    );
    expect(new Set(titles).size).toBe(4);
  });

  it('has copy for every kind, and for invalid-response', () => {
    for (const kind of PERMUTIVE_ERROR_KINDS) {
      const entry = englishCatalogue[kind];
      expect(Object.keys(entry ?? {}).sort(), kind).toEqual(['action', 'description', 'title']);
    }
    expect(englishCatalogue['invalid-response']).toStrictEqual({
      title: "The reply couldn't be used",
      description: 'The service answered, but not in the form this app expects.',
      action: 'Reload the page and try again. If it happens again, contact support.',
    });
  });
});

describe('rules every entry keeps, in English and French', () => {
  it('the restating check catches the old copy and spares a real reason', () => {
    expect(restates('Invalid API key', "The API key isn't valid.")).toBe(true);
    expect(restates('Too many requests', 'Too many requests in a short time.')).toBe(true);
    expect(restates('Not found', "This resource doesn't exist.")).toBe(false);
    expect(restates('Clé API non valide', "La clé API n'est pas valide.")).toBe(true);
    expect(restates('Your API key was rejected', 'It may have been mistyped or revoked.')).toBe(
      false,
    );
  });

  it.each([
    ['English', undefined],
    ['French', french],
  ])('%s: no description equals or restates its title', (_, catalogue) => {
    const shown = ROWS.map((row) => describePermutiveError(row, catalogue));
    for (const { title, description } of [
      ...shown,
      ...Object.values(catalogue ?? englishCatalogue),
    ]) {
      if (typeof title === 'string' && typeof description === 'string')
        expect(restates(title, description), `${title} / ${description}`).toBe(false);
    }
  });

  it.each([
    [
      'English',
      undefined,
      /\btry again\b/i,
      /\b(wait|later|minutes?|moment|shortly|soon|while)\b/i,
    ],
    ['French', french, /réessayez/i, /(patient|attende|plus tard|minute|instant|moment|bientôt)/i],
  ])(
    '%s: a retryable failure sits beside "Try again" and never asks to wait and come back',
    (_, catalogue, retry, wait) => {
      const retryable = ROWS.filter((row) => RETRYABLE.includes(row.kind));
      expect(retryable.length).toBeGreaterThan(10);
      for (const row of retryable) {
        const { action } = describePermutiveError(row, catalogue);
        expect(action).toMatch(retry);
        expect(action).not.toMatch(wait);
      }
    },
  );

  it.each([
    ['English', englishCatalogue, /\b(button|click|press|countdown)\b/i],
    ['French', french, /(bouton|cliquez|appuyez|compte à rebours)/i],
  ])(
    '%s: no copy mentions a button, which the banner shows only with onRetry',
    (_, catalogue, control) => {
      for (const [key, entry] of Object.entries(catalogue)) {
        for (const text of Object.values(entry)) expect(text, key).not.toMatch(control);
      }
    },
  );

  it.each([
    ['English', undefined, /\b(your input|your settings|check the API key)\b/i],
    ['French', french, /(votre saisie|vos paramètres|vérifiez la clé)/i],
  ])(
    '%s: 400, 401 and 403 speak to a dashboard user, who may neither own the key nor have typed anything',
    (_, catalogue, owner) => {
      const rows = ROWS.filter((row) => [400, 401, 403].includes(row.status ?? 0));
      expect(rows.length).toBeGreaterThan(5);
      for (const row of rows) {
        const { description, action } = describePermutiveError(row, catalogue);
        expect(`${description} ${action}`, `${row.status} ${row.code}`).not.toMatch(owner);
      }
    },
  );

  it.each([
    ['English', englishCatalogue, /\b(resource|endpoint|payload|HTTP)\b/i],
    ['French', french, /\b(ressource|endpoint|payload|HTTP)\b/i],
  ])('%s: plain words, and no status code in a title', (_, catalogue, jargon) => {
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(entry.title, key).not.toMatch(/\d/);
      for (const text of Object.values(entry)) expect(text, key).not.toMatch(jargon);
    }
  });
});

describe('the French copy', () => {
  it('has every key and field of the English, and no other', () => {
    expect(Object.keys(french).sort()).toEqual(Object.keys(englishCatalogue).sort());
    for (const [key, entry] of Object.entries(englishCatalogue)) {
      expect(Object.keys(french[key] ?? {}).sort(), key).toEqual(Object.keys(entry).sort());
      for (const text of Object.values(french[key] ?? {})) expect(text, key).toMatch(/^\S.{4,}/);
    }
  });

  it('is French wherever it is shown: no field falls back to English', () => {
    for (const row of ROWS) {
      const english = describePermutiveError(row);
      const copy = describePermutiveError(row, french);
      for (const field of ['title', 'description', 'action'] as const) {
        expect(copy[field], `${row.status} ${row.code} ${field}`).not.toBe(english[field]);
      }
    }
  });

  it.each<[PermutiveErrorKind, number | null, number | null, string]>([
    ['unauthorized', 401, 2000, 'L’accès au service a été refusé'],
    ['unauthorized', 401, null, 'Votre session a pris fin'],
    ['server', 500, null, 'Le service a rencontré un problème'],
    ['server', 502, null, 'Le service n’a pas répondu correctement'],
    ['server', 503, 5000, 'Le service est momentanément indisponible'],
    ['server', 504, null, 'Le service met trop de temps à répondre'],
    ['network', null, null, 'Impossible de joindre le service'],
  ])('%s %s %s is titled "%s"', (kind, status, code, title) => {
    expect(describePermutiveError(model(kind, status, code), french).title).toBe(title);
  });

  it('a 429 asks to try again without naming a button, which shows only with onRetry', () => {
    expect(describePermutiveError(model('rate-limited', 429, null), french).action).toBe(
      'Réessayez. Si le problème persiste, contactez l’assistance.',
    );
  });
});

describe('fallback', () => {
  it('orders keys subcode, range, status, kind', () => {
    expect(copyKeys(model('unauthorized', 401, 2000))).toEqual([
      '2000',
      '2xxx',
      '401',
      'unauthorized',
    ]);
    expect(copyKeys(model('network'))).toEqual(['network']);
  });

  it('ignores a subcode whose range contradicts the HTTP status', () => {
    expect(copyKeys(model('rate-limited', 429, 1000))).toEqual(['429', 'rate-limited']);
    expect(copyKeys(model('forbidden', 403, 2001))).toEqual(['2001', '2xxx', '403', 'forbidden']);
    expect(copyKeys(model('server', 500, 77))).toEqual(['77', '500', 'server']);
  });

  it('takes each field from the most specific key that has it', () => {
    expect(describePermutiveError(model('unauthorized', 401, 2004))).toStrictEqual({
      title: 'You need to sign in',
      description: "No sign-in details reached the service, so it can't tell who you are.",
      action: 'Sign in, then try again.',
    });
    expect(describePermutiveError(model('server', 502, 5000))).toStrictEqual({
      title: "The service didn't answer properly",
      description:
        'A server in between got a broken or empty reply, often while the service restarts.',
      action: 'Try again. If it keeps happening, contact support.',
    });
  });
});

describe('overrides', () => {
  const key = model('unauthorized', 401, 2000);

  it('replaces any field of any entry, by string or function of the model', () => {
    const copy = describePermutiveError(key, {
      2000: { title: 'Your key was rejected' },
      unauthorized: { action: (m) => `Reconnect (error ${m.code})` },
    });
    expect(copy).toStrictEqual({
      title: 'Your key was rejected',
      description: 'The API key this app uses may have been mistyped, revoked or replaced.',
      action: 'Reconnect (error 2000)',
    });
    expect(
      describePermutiveError(model('unauthorized', 401, 2004), {
        unauthorized: { action: (m) => `Reconnect (error ${m.code})` },
      }).action,
    ).toBe('Reconnect (error 2004)');
  });

  it("a caller's entry at any key beats English, even English's more specific one", () => {
    const copy = describePermutiveError(key, { unauthorized: { action: 'Reconnect.' } });
    expect(copy.action).toBe('Reconnect.');
    expect(copy.title).toBe('Access to the service was refused');
  });

  it('within a catalogue, the most specific key wins', () => {
    const copy = describePermutiveError(key, {
      2000: { title: 'A' },
      unauthorized: { title: 'B' },
    });
    expect(copy.title).toBe('A');
  });

  it('an override for the unknown kind changes only unknown failures', () => {
    const overrides = { unknown: { title: 'Oops' } };
    expect(describePermutiveError(key, overrides).title).toBe('Access to the service was refused');
    expect(describePermutiveError(model('unknown'), overrides).title).toBe('Oops');
  });

  it('the first catalogue given wins at the same key', () => {
    expect(
      describePermutiveError(
        model('server'),
        { server: { title: 'A' } },
        { server: { title: 'B' } },
      ).title,
    ).toBe('A');
  });

  it('an override that throws or returns a non-string falls back', () => {
    const copy = describePermutiveError(model('server'), {
      server: {
        title: () => {
          throw new Error('x');
        },
        description: (() => 42) as unknown as () => string,
      },
    });
    expect(copy.title).toBe('The service ran into a problem');
    expect(copy.description).toBe(
      "Something failed on its side; it wasn't caused by anything you did.",
    );
  });
});

describe('French typography', () => {
  // Every string French readers see, catalogue and interface alike.
  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];

  it('uses the typographic apostrophe everywhere', () => {
    expect(strings(fr).filter((text) => text.includes("'"))).toEqual([]);
  });
});
