import { describe, expect, it } from 'vitest';
import {
  copyKeys,
  createModel,
  describePermutiveError,
  englishCatalogue,
  PERMUTIVE_ERROR_KINDS,
} from '../../src/core/index.js';

// The contract's known subcodes, with their HTTP status.
const SUBCODES: [number, number][] = [
  [1000, 400],
  [1002, 400],
  [1003, 400],
  [2000, 401],
  [2001, 403],
  [2004, 401],
  [2005, 401],
  [3000, 404],
  [4000, 409],
  [5000, 500],
];

const model = (status: number | null, code: number | null = null) =>
  createModel(
    status === null
      ? 'network'
      : status >= 500
        ? 'server'
        : status === 401
          ? 'unauthorized'
          : status === 403
            ? 'forbidden'
            : status === 404
              ? 'not-found'
              : 'bad-request',
    { status, code },
  );

describe('the English catalogue', () => {
  it.each(SUBCODES)(
    'subcode %i has its own title and description, and a next step',
    (code, status) => {
      const entry = englishCatalogue()[String(code)];
      expect(entry?.title).toEqual(expect.any(String));
      expect(entry?.description).toEqual(expect.any(String));
      const copy = describePermutiveError(model(status, code));
      expect(copy.title).toBe(entry?.title);
      expect(copy.description).toBe(entry?.description);
      expect(copy.action.length).toBeGreaterThan(5);
    },
  );

  it('gives every subcode a different description', () => {
    const descriptions = SUBCODES.map(
      ([code, status]) => describePermutiveError(model(status, code)).description,
    );
    expect(new Set(descriptions).size).toBe(SUBCODES.length);
  });

  it('tells the person what to do next for each kind', () => {
    expect(describePermutiveError(createModel('unauthorized')).action).toMatch(/sign in/i);
    expect(describePermutiveError(createModel('forbidden')).action).toMatch(/access/i);
    expect(describePermutiveError(createModel('server')).action).toMatch(/try again/i);
    expect(describePermutiveError(createModel('network')).action).toMatch(/connection/i);
    expect(describePermutiveError(createModel('bad-request')).action).toMatch(/input/i);
  });

  it('has copy for every kind', () => {
    for (const kind of PERMUTIVE_ERROR_KINDS) {
      const copy = describePermutiveError(createModel(kind));
      expect(copy).toEqual({
        title: englishCatalogue()[kind]?.title,
        description: englishCatalogue()[kind]?.description,
        action: englishCatalogue()[kind]?.action,
      });
    }
  });
});

describe('fallback', () => {
  it('orders keys subcode, range, status, kind', () => {
    expect(copyKeys(model(401, 2000))).toEqual(['2000', '2xxx', '401', 'unauthorized']);
    expect(copyKeys(model(null))).toEqual(['network']);
  });

  it('ignores a subcode whose range contradicts the HTTP status', () => {
    const limited = createModel('rate-limited', { status: 429, code: 1000 });
    expect(copyKeys(limited)).toEqual(['429', 'rate-limited']);
    expect(describePermutiveError(limited).title).toBe(englishCatalogue()['rate-limited']?.title);
    expect(copyKeys(model(403, 2001))).toEqual(['2001', '2xxx', '403', 'forbidden']);
    expect(copyKeys(model(500, 77))).toEqual(['77', '500', 'server']);
  });

  it('an unknown code falls back to its range', () => {
    expect(describePermutiveError(model(400, 1999)).description).toBe(
      englishCatalogue()['1xxx']?.description,
    );
    expect(describePermutiveError(model(409, 4999)).title).toBe(englishCatalogue()['4xxx']?.title);
  });

  it('a code outside every range falls back to its status, then its kind', () => {
    expect(describePermutiveError(model(503, 77)).title).toBe(englishCatalogue()['503']?.title);
    expect(describePermutiveError(model(500, 77)).title).toBe(englishCatalogue().server?.title);
  });

  it('takes each field from the most specific key that has it', () => {
    const copy = describePermutiveError(model(401, 2004));
    expect(copy.title).toBe(englishCatalogue()['2004']?.title);
    expect(copy.action).toBe(englishCatalogue().unauthorized?.action);
  });
});

describe('overrides', () => {
  it('replaces any field of any entry, by string or function of the model', () => {
    const copy = describePermutiveError(model(401, 2000), {
      2000: { title: 'Your key was rejected' },
      unauthorized: { action: (m) => `Reconnect (error ${m.code})` },
    });
    expect(copy.title).toBe('Your key was rejected');
    expect(copy.description).toBe(englishCatalogue()['2000']?.description);
    expect(copy.action).toBe('Reconnect (error 2000)');
    expect(
      describePermutiveError(model(401, 2004), {
        unauthorized: { action: (m) => `Reconnect (error ${m.code})` },
      }).action,
    ).toBe('Reconnect (error 2004)');
  });

  it("a caller's entry at any key beats English, even English's more specific one", () => {
    const copy = describePermutiveError(model(401, 2000), {
      unauthorized: { action: 'Reconnect.' },
    });
    expect(copy.action).toBe('Reconnect.');
    expect(copy.title).toBe(englishCatalogue()['2000']?.title);
  });

  it('within a catalogue, the most specific key wins', () => {
    const copy = describePermutiveError(model(401, 2000), {
      2000: { title: 'A' },
      unauthorized: { title: 'B' },
    });
    expect(copy.title).toBe('A');
  });

  it('an override for the unknown kind changes only unknown failures', () => {
    const overrides = { unknown: { title: 'Oops' } };
    expect(describePermutiveError(model(401, 2000), overrides).title).toBe(
      englishCatalogue()['2000']?.title,
    );
    expect(describePermutiveError(createModel('unknown'), overrides).title).toBe('Oops');
  });

  it('the first catalogue given wins at the same key', () => {
    expect(
      describePermutiveError(
        createModel('server'),
        { server: { title: 'A' } },
        { server: { title: 'B' } },
      ).title,
    ).toBe('A');
  });

  it('an override that throws or returns a non-string falls back', () => {
    const copy = describePermutiveError(createModel('server'), {
      server: {
        title: () => {
          throw new Error('x');
        },
        description: (() => 42) as unknown as () => string,
      },
    });
    expect(copy.title).toBe(englishCatalogue().server?.title);
    expect(copy.description).toBe(englishCatalogue().server?.description);
  });
});
