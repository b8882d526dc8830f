/** `text` cut to `max` characters with an ellipsis, for showing; the full text is still copied. */
export const shorten = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;

/** `text` cut in the middle, keeping both ends (request ids differ at either end). */
export const shortenMiddle = (text: string, max: number) =>
  text.length > max
    ? `${text.slice(0, Math.ceil((max - 1) / 2))}…${text.slice(-Math.floor((max - 1) / 2))}`
    : text;

// Words that say nothing about what failed.
const FILLER = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'not',
  'no',
  'and',
  'or',
  'for',
  'this',
  'that',
  'with',
  'your',
  'you',
  'our',
  'provided',
  'one',
  'more',
  'some',
  'any',
]);
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !FILLER.has(word));

/**
 * True when `text` says little beyond the `known` texts: at least half of its telling words
 * already appear there ("The API key provided is invalid." next to "Invalid API key").
 */
export function saysNothingNew(text: string, known: readonly string[]): boolean {
  const said = new Set(known.flatMap(words));
  const own = words(text);
  return own.filter((word) => said.has(word)).length * 2 >= own.length;
}
