// Secrets reach error text in many spellings: query parameters and form fields, JSON members,
// headers as loggers print them, authorization schemes and credentials inside URLs, any of them
// URL-encoded. Each rule keeps the name and replaces only the value.

// A separator inside a name as people spell it: api_key, api-key, apiKey, api%5Fkey.
const SEP = '(?:[-_ ]|%2D|%5F)?';
// Names that only ever hold a secret, safe to match even outside quotes.
const SECRET = `(?:x${SEP})?api${SEP}key|(?:access|refresh|id|auth|session)${SEP}token|client${SEP}secret|private${SEP}key|password|passwd|authorization`;
// Also secrets, but ordinary words in prose: matched only as `name=` or a quoted name.
const ANY = `${SECRET}|k|key|token|secret|signature|sig`;
// An optional opening quote before a value, kept as `quote` for the value to end at.
const OPEN = `(?:\\\\?(?<quote>["']))?`;
// The value of a named secret. Quoted, everything up to its closing quote (a passphrase has
// spaces); bare, up to a space, quote, separator or closing bracket.
const VALUE = `(?:(?<=["'])(?:(?!\\k<quote>)[^\\\\\\r\\n])+|(?:(?:bearer|basic|token)\\s+)?[^\\s"'\`\\\\,;&<>()[\\]{}]+)`;

// Each rule with a clue: a character or word its match cannot do without. Text lacking the clue
// skips the rule's scan, which on ordinary messages, causes and request ids is most of the cost.
interface Rule {
  pattern: RegExp;
  replacement: string;
  clue: RegExp;
}

const RULES: Rule[] = [
  // Credentials in a URL: https://user:password@host, also URL-encoded (%3A, %40). A scheme
  // starts where a word does and is short, so a megabyte of letters is tried once, not at
  // every position.
  {
    pattern:
      /((?<![\w+.-])[a-z][\w+.-]{0,31}(?::|%3A)(?:\/\/|%2F%2F))(?:(?!%40|%2F)[^\s/?#@"'<>])+(@|%40)/gi,
    replacement: '$1[redacted]$2',
    clue: /@|%40/,
  },
  // Query parameters and form fields: ?k=…, &api_key=…, api%5Fkey%3D…, #access_token=….
  {
    pattern: new RegExp(
      `((?:^|[^\\w%.-]|%26|%3F|%23)(?:${ANY})(?:=|%3D))(?:(?!%26)[^&#\\s"'<>;])+`,
      'gi',
    ),
    replacement: '$1[redacted]',
    clue: /=|%3D/i,
  },
  // Quoted names: JSON ("api_key": "…"), util.inspect ('x-api-key': '…'), header pairs as
  // arrays (['x-api-key', '…']), escaped JSON inside a string (\"token\":\"…\").
  {
    pattern: new RegExp(
      `(\\\\?["'](?:${ANY})\\\\?["']\\s*(?:[:=]|,(?=\\s*\\\\?["']))\\s*${OPEN})${VALUE}`,
      'gi',
    ),
    replacement: '$1[redacted]',
    clue: /["']/,
  },
  // Bare names as raw HTTP, curl and YAML print them: `x-api-key: …`, `Authorization: Bearer …`,
  // also URL-encoded inside a parameter (x-api-key%3A%20…; every %20 kept, so redacting twice
  // changes nothing).
  {
    pattern: new RegExp(
      `(\\b(?:${SECRET})\\s*(?:[:=]|%3A)(?:\\s|%20)*(?!%20)${OPEN})${VALUE}`,
      'gi',
    ),
    replacement: '$1[redacted]',
    // Every name in SECRET ends in one of these words. A colon alone would not do: most URLs and
    // many messages have one.
    clue: /(?:key|token|secret|passw(?:or)?d|authorization)\s*(?:[:=]|%3A)/i,
  },
];

// What every rule's clue contains, or a scheme's name: one quick scan that most text fails.
const ANY_CLUE = /[@="':]|%40|%3D|%3A|bearer|basic/i;

// A word after "Bearer" or "Basic" (and a space, or %20) is a credential when it looks like one:
// digits or token punctuation, a lower-to-upper bump (base64), or the length of a token. "the
// bearer of bad news" stays as it is.
const SCHEME = /\b(bearer|basic)(\s+|%20)([\w.~+/=-]+)/gi;
const looksLikeToken = (word: string) =>
  word.length >= 20 || (word.length >= 4 && /[\d.~+/=_-]|[a-z][A-Z]/.test(word));

/**
 * Replaces secrets in text with `[redacted]`: key-like query parameters and form fields, JSON
 * members, headers as loggers print them (`x-api-key`, `Authorization`), bearer and basic
 * credentials, access tokens and user:password in URLs, in any common spelling or URL encoding.
 * The decoder applies it to every model it builds; ordinary prose is left alone.
 *
 * @example
 * ```ts
 * redact('GET /v1/cohorts?k=abc123'); // 'GET /v1/cohorts?k=[redacted]'
 * ```
 */
export function redact(text: string): string {
  let safe = String(text);
  // Every rule's match needs one of these; most text has none and is returned as it is.
  if (!ANY_CLUE.test(safe)) return safe;
  for (const rule of RULES)
    if (rule.clue.test(safe)) safe = safe.replace(rule.pattern, rule.replacement);
  return safe.replace(SCHEME, (match, scheme: string, space: string, word: string) =>
    looksLikeToken(word) ? `${scheme}${space}[redacted]` : match,
  );
}
