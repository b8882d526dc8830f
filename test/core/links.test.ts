import { afterEach, describe, expect, it } from 'vitest';
import {
  configurePermutiveErrors,
  decodePermutiveError,
  safeDocsUrl,
} from '../../src/core/index.js';

afterEach(() => configurePermutiveErrors({ docsHosts: [] }));

/** A 400 whose envelope carries `docs`, as the decoder reads it. */
const docsOf = (docs: string) =>
  decodePermutiveError({ status: 400, data: { error: { docs } } }).docs;

describe('docs hosts from configuration', () => {
  it.each([
    ['an empty entry', ['']],
    ['blank entries', [' ', '\t', '\n']],
    ['an empty env var split on commas', ''.split(',')],
    ['a lone dot', ['.']],
    ['a list with empty entries between commas', 'help.example.com,,'.split(',')],
  ])('ignores %s: no trailing-dot host becomes a link', (_name, docsHosts) => {
    configurePermutiveErrors({ docsHosts });
    expect(safeDocsUrl('https://evil.com./phish')).toBeNull();
    expect(docsOf('https://evil.com./phish')).toBeNull();
    expect(safeDocsUrl('https://evil.com/phish')).toBeNull();
    expect(safeDocsUrl('https://developer.permutive.com/docs')).toBe(
      'https://developer.permutive.com/docs',
    );
  });

  it('trims, lowercases and drops the trailing dot of an entry', () => {
    configurePermutiveErrors({ docsHosts: ['  Help.Example.COM  ', 'kb.example.org.'] });
    expect(safeDocsUrl('https://help.example.com/e')).toBe('https://help.example.com/e');
    expect(safeDocsUrl('https://kb.example.org/e')).toBe('https://kb.example.org/e');
    expect(safeDocsUrl('https://a.kb.example.org./e')).toBe('https://a.kb.example.org./e');
  });

  it('matches an internationalised host by its xn-- entry, and ignores the Unicode spelling', () => {
    configurePermutiveErrors({ docsHosts: ['xn--bcher-kva.example'] });
    expect(safeDocsUrl('https://bücher.example/e')).toBe('https://xn--bcher-kva.example/e');
    expect(safeDocsUrl('https://xn--bcher-kva.example/e')).toBe('https://xn--bcher-kva.example/e');
    configurePermutiveErrors({ docsHosts: ['bücher.example'] });
    expect(safeDocsUrl('https://xn--bcher-kva.example/e')).toBeNull();
  });

  it.each([
    ['a path', 'evil.com/permutive.com'],
    ['userinfo', 'user@help.example.com'],
    ['a port', 'help.example.com:8443'],
    ['a scheme', 'https://help.example.com'],
    ['an inner space', 'help example.com'],
    ['an empty label', 'help..example.com'],
    ['a leading dot', '.example.com'],
  ])('ignores an entry with %s (%s), which is no host', (_name, entry) => {
    configurePermutiveErrors({ docsHosts: [entry] });
    expect(safeDocsUrl('https://help.example.com/e')).toBeNull();
    expect(safeDocsUrl('https://evil.com/e')).toBeNull();
    expect(safeDocsUrl('https://x.example.com/e')).toBeNull();
  });

  it('never matches a trailing-dot or empty host against an empty host given to safeDocsUrl', () => {
    expect(safeDocsUrl('https://evil.com./phish', [''])).toBeNull();
    expect(safeDocsUrl('https://./phish', [''])).toBeNull();
    expect(safeDocsUrl('https://help.example.com/e', ['help.example.com'])).toBe(
      'https://help.example.com/e',
    );
  });

  it('ignores entries that are not strings, from JavaScript callers', () => {
    configurePermutiveErrors({ docsHosts: [null, 1, 'help.example.com'] as unknown as string[] });
    expect(safeDocsUrl('https://null/e')).toBeNull();
    expect(safeDocsUrl('https://help.example.com/e')).toBe('https://help.example.com/e');
  });
});

describe('which docs values become links, with the default hosts', () => {
  // A trailing dot is the fully qualified form of the same DNS name, so `permutive.com.` is
  // Permutive's own host; it is compared without the dot and kept as the URL spells it.
  it.each([
    ['https://developer.permutive.com/docs', 'https://developer.permutive.com/docs'],
    ['https://permutive.com/', 'https://permutive.com/'],
    ['HTTPS://DEVELOPER.PERMUTIVE.COM/Docs', 'https://developer.permutive.com/Docs'],
    ['https://permutive.com./x', 'https://permutive.com./x'],
    ['https://developer.permutive.com./x', 'https://developer.permutive.com./x'],
    ['https://developer.permutive.com:8443/x', 'https://developer.permutive.com:8443/x'],
    ['https://developer.permutive.com:443/x', 'https://developer.permutive.com/x'],
    // `https:` without slashes parses to the same absolute URL; the link is its normal form.
    ['https:developer.permutive.com/x', 'https://developer.permutive.com/x'],
    ['https:/developer.permutive.com/x', 'https://developer.permutive.com/x'],
    // An empty user name is no credential; the normal form drops the @.
    ['https://@developer.permutive.com/x', 'https://developer.permutive.com/x'],
    // Full-width letters are the same host after IDNA mapping.
    ['https://ｐｅｒｍｕｔｉｖｅ.com/x', 'https://permutive.com/x'],
  ])('keeps %s as %s', (docs, link) => {
    expect(safeDocsUrl(docs)).toBe(link);
    expect(docsOf(docs)).toBe(link);
  });

  it.each([
    'https://evil.com./phish',
    'https://evil.com/phish',
    'https://permutive.com.evil.com/x',
    'https://permutive.com.evil.com./x',
    'https://developer.permutive.com%2eevil.com/x',
    'https://developer.permutive.com\u3002evil.com/x',
    'https://evilpermutive.com/x',
    'https://permutive.com../x',
    'https://.permutive.com/x',
    'https://a..permutive.com/x',
    'https://./x',
    'https://xn--prmutive-g2a.com/x',
    'https://xn--permutive-.com/x',
    'https://реrmutive.com/x',
    'https://permutive.co/x',
    'https://user@developer.permutive.com/x',
    'https://user:pw@developer.permutive.com/x',
    'https://:pw@developer.permutive.com/x',
    'https://developer.permutive.com@evil.com/x',
    'https://developer.permutive.com:pw@evil.com/x',
    'https:evil.com/x',
    'https:',
    'https://',
    'http://developer.permutive.com/x',
    'http:developer.permutive.com/x',
    '//developer.permutive.com/x',
    'developer.permutive.com/x',
    'javascript://developer.permutive.com/%0aalert(1)',
    'wss://developer.permutive.com/x',
  ])('drops %s', (docs) => {
    expect(safeDocsUrl(docs)).toBeNull();
    expect(docsOf(docs)).toBeNull();
  });
});
