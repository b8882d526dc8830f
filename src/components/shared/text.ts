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

// The words of the kit's own texts, each kept whole (a title, a description): the same for every
// error they describe, while the server's text is new each time.
const knownWords = new Map<string, ReadonlySet<string>>();
function wordsOf(known: string) {
  let said = knownWords.get(known);
  if (!said) {
    // Bounded, for catalogues whose copy is a function of each error.
    if (knownWords.size >= 100) knownWords.clear();
    said = new Set(words(known));
    knownWords.set(known, said);
  }
  return said;
}

/**
 * True when `text` says little beyond the `known` texts: at least half of its telling words
 * already appear there ("The API key provided is invalid." next to "Invalid API key").
 */
export function saysNothingNew(text: string, known: readonly string[]): boolean {
  const said = known.map(wordsOf);
  const own = words(text);
  return own.filter((word) => said.some((set) => set.has(word))).length * 2 >= own.length;
}
