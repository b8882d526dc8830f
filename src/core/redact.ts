// Secrets reach error text in many spellings: query parameters and form fields, JSON members,
// headers as loggers print them, authorization schemes and credentials inside URLs, any of them
// URL-encoded, under names of any case and separator with the app's own prefix
// (PERMUTIVE_API_KEY, permutiveApiKey, x-permutive-api-key). Each rule keeps the name and
// replaces only the value; a name is a secret's by its words, not by its spelling.

// The last word of every secret's name (monkey and turnkey end in other words). A name must end
// in one, so that the value of any other name is never even read.
const LAST = 'key|token|secret|signature|sig|k|password|passwd|passphrase|pwd|authorization';
// A name: up to 48 characters of any spelling (an encoded _ or - included) before its last
// word. Each rule starts it where a word starts, so that a megabyte of letters is tried once,
// not at every position.
const NAME = `(?:[\\w.-]|%5F|%2D){0,48}?(?:${LAST})(?![\\w-])`;
// An optional opening quote before a value, kept as `quote` for the value to end at.
const OPEN = `(?:\\\\?(?<quote>["']))?`;
// The value of a named secret. Quoted, everything up to its closing quote (a passphrase has
// spaces); bare, up to a space, quote, separator or closing bracket.
const DOUBLE_QUOTED = /[^"\\\r\n]+/y;
const SINGLE_QUOTED = /[^'\\\r\n]+/y;
const BARE_VALUE = /(?:(?:bearer|basic|token)\s+)?[^\s"'`\\,;&<>()[\]{}]+/iy;

/** A name's words in lower case: api_key, API-Key, apiKey, api%5Fkey and APIKey all give api, key. */
function words(name: string): string[] {
  return name
    .replace(/%5F|%2D/gi, '_')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z\d]+/)
    .filter(Boolean);
}

// Names that only ever hold a secret, in prose too: their last word, or their last two.
const ALWAYS = new Set(['apikey', 'password', 'passwd', 'passphrase', 'authorization']);
const PAIRS = new Set([
  'api key',
  'private key',
  'secret key',
  'client secret',
  'access token',
  'refresh token',
  'id token',
  'auth token',
  'session token',
  'bearer token',
  'api token',
]);
// Names that hold a secret when written as `name=` or quoted, and ordinary words in prose.
const NAMED = new Set(['key', 'token', 'secret', 'signature', 'pwd']);
const ALONE = new Set(['k', 'sig']);

/** Whether a name holds a secret: in prose (`strict`) only names that can mean nothing else. */
function isSecretName(name: string, strict: boolean): boolean {
  const all = words(name);
  const last = all.at(-1) ?? '';
  if (ALWAYS.has(last) || PAIRS.has(all.slice(-2).join(' '))) return true;
  if (strict) return false;
  return NAMED.has(last) || (all.length === 1 && ALONE.has(last));
}

// A word after "Bearer" or "Basic" (and a space, or %20) is a credential when it looks like one:
// digits or token punctuation, a lower-to-upper bump (base64), or the length of a token. "the
// bearer of bad news" stays as it is.
const looksLikeToken = (word: string) =>
  word.length >= 20 || (word.length >= 4 && /[\d.~+/=_-]|[a-z][A-Z]/.test(word));

// Credentials in a URL: https://user:password@host, also URL-encoded (%3A, %40), up to the
// authority's last @ (a password may hold one). A scheme starts where a word does and is short.
const USERINFO =
  /((?<![\w+.-])[a-z][\w+.-]{0,31}(?::|%3A)(?:\/\/|%2F%2F))(?:(?!%2F)[^\s/?#"'<>])+(@|%40)/gi;
// Query parameters and form fields: ?k=…, &api_key=…, api%5Fkey%3D…, #access_token=….
const PARAMETER = new RegExp(`(?:^|[^\\w%.-]|%26|%3F|%23)(?<name>${NAME})(?:=|%3D)`, 'gi');
const PARAMETER_VALUE = /(?:(?!%26)[^&#\s"'<>;])+/y;
// Quoted names: JSON ("api_key": "…"), util.inspect ('x-api-key': '…'), header pairs as arrays
// (['x-api-key', '…']), escaped JSON inside a string (\"token\":\"…\").
const QUOTED = new RegExp(
  `\\\\?["'](?<name>${NAME})\\\\?["']\\s*(?:[:=]|,(?=\\s*\\\\?["']))\\s*${OPEN}`,
  'gi',
);
// Bare names as raw HTTP, curl and YAML print them: `x-api-key: …`, `Authorization: Bearer …`,
// also URL-encoded inside a parameter (x-api-key%3A%20…; every %20 kept, so redacting twice
// changes nothing).
const BARE = new RegExp(
  `(?<![\\w.%-])(?<name>${NAME})\\s*(?<sep>[:=]|%3A)(?<space>(?:\\s|%20)*)(?!%20)${OPEN}`,
  'gi',
);
// Values that are secrets whatever names them: JSON Web Tokens, and keys whose issuers give them
// a prefix for exactly this (Stripe, GitHub, GitLab, Slack, AWS, Google).
const SHAPED =
  /\beyJ[\w-]{4,}\.eyJ[\w-]{4,}\.[\w-]*|\b(?:[sr]k_(?:live|test)_[A-Za-z\d]{8,}|gh[pousr]_[A-Za-z\d]{20,}|github_pat_\w{20,}|glpat-[\w-]{20,}|xox[abprs]-[\w-]{10,}|AKIA[\dA-Z]{16}|AIza[\w-]{35})/g;
const SCHEME = /\b(bearer|basic)(\s+|%20)([\w.~+/=-]+)/gi;

const ENDS_IN_SEPARATOR = /(?:[:=]|%3A|%3D)$/i;
const namesNext = (value: string) =>
  ENDS_IN_SEPARATOR.test(value) &&
  isSecretName(
    value
      .slice(-64)
      .replace(ENDS_IN_SEPARATOR, '')
      .split(/[^\w.%-]/)
      .at(-1) ?? '',
    false,
  );

type Head = { name: string; sep?: string; space?: string; quote?: string };

/**
 * Replaces the value after each `head` (a name and its separator) whose name holds a secret. The
 * name is judged before its value is read, so a value is read only to be redacted and a search
 * never skips text: each character is looked at a bounded number of times.
 */
function redactValues(
  text: string,
  head: RegExp,
  holdsSecret: (found: Head) => boolean,
  valueAfter: (found: Head) => RegExp,
  isProse: (found: Head, value: string, after: string) => boolean = () => false,
): string {
  let safe = '';
  let from = 0;
  head.lastIndex = 0;
  for (let found = head.exec(text); found; found = head.exec(text)) {
    const groups = found.groups as Head;
    const start = found.index + found[0].length;
    if (!holdsSecret(groups)) continue;
    const value = valueAfter(groups);
    value.lastIndex = start;
    const read = value.exec(text)?.[0];
    // A value redacted by an earlier rule stays as it is, so that redacting twice changes nothing.
    if (!read || read.startsWith('[redacted]')) continue;
    // A secret's name and separator read as a value ('k= db_password: …') names the next value:
    // the search goes on from it, so that its own head is found and that value redacted.
    if (namesNext(read)) continue;
    const end = start + read.length;
    if (isProse(groups, read, text.slice(end, end + 2))) continue;
    safe += `${text.slice(from, start)}[redacted]`;
    from = end;
    head.lastIndex = end;
  }
  return safe + text.slice(from);
}

const quoted = ({ quote }: Head) =>
  quote === '"' ? DOUBLE_QUOTED : quote === "'" ? SINGLE_QUOTED : BARE_VALUE;
// `name: word and more words` is a sentence about the field ("password: must be at least 12
// characters"), not the field's value; `name=` is a setting whatever follows.
const prose = ({ sep, space, quote }: Head, value: string, after: string) =>
  sep !== '=' && Boolean(space) && !quote && /^[a-z]+$/i.test(value) && /^\s\w/.test(after);

/**
 * Replaces secrets in text with `[redacted]`: key-like query parameters and form fields, JSON
 * members, headers as loggers print them (`x-api-key`, `Authorization`), bearer and basic
 * credentials, access tokens and user:password in URLs, JSON Web Tokens and prefixed keys, in any
 * common spelling or URL encoding, under any prefix (`PERMUTIVE_API_KEY`). Ordinary prose is
 * left alone: after `password:` a word that the sentence goes on from ("password: must be at
 * least 12 characters") is not a password.
 *
 * @example
 * ```ts
 * redact('GET /v1/cohorts?k=abc123'); // 'GET /v1/cohorts?k=[redacted]'
 * ```
 */
export function redact(text: string): string {
  let safe = String(text).replace(USERINFO, '$1[redacted]$2');
  safe = redactValues(
    safe,
    PARAMETER,
    ({ name }) => isSecretName(name, false),
    () => PARAMETER_VALUE,
  );
  safe = redactValues(safe, QUOTED, ({ name }) => isSecretName(name, false), quoted);
  safe = redactValues(
    safe,
    BARE,
    ({ name, sep }) => isSecretName(name, sep !== '='),
    quoted,
    prose,
  );
  return safe
    .replace(SHAPED, '[redacted]')
    .replace(SCHEME, (match, scheme: string, space: string, word: string) =>
      looksLikeToken(word) ? `${scheme}${space}[redacted]` : match,
    );
}
