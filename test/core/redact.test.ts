import { describe, expect, it } from 'vitest';
import { createModel, decodePermutiveError, PermutiveError, redact } from '../../src/core/index.js';
import { redact as fromRoot } from '../../src/index.js';

// Every spelling in which a secret reaches error text, with the text a reader expects back.
const SECRETS: [string, string, string][] = [
  // Query parameters, in any text.
  ['k= query parameter', 'GET /v1/cohorts?k=abc123', 'GET /v1/cohorts?k=[redacted]'],
  [
    'api_key among other parameters',
    'https://api.permutive.com/v2.0/segments?api_key=0f1e2d3c&limit=10',
    'https://api.permutive.com/v2.0/segments?api_key=[redacted]&limit=10',
  ],
  ['apikey', 'GET /x?apikey=abc123', 'GET /x?apikey=[redacted]'],
  ['api-key', 'GET /x?api-key=abc123', 'GET /x?api-key=[redacted]'],
  ['apiKey', 'GET /x?apiKey=abc123', 'GET /x?apiKey=[redacted]'],
  ['key', 'GET /x?limit=5&key=abc123', 'GET /x?limit=5&key=[redacted]'],
  ['token', 'GET /x?token=abc123 failed', 'GET /x?token=[redacted] failed'],
  [
    'access_token in a fragment',
    'https://app.example.com/cb#access_token=ya29.a0AfH6&token_type=bearer',
    'https://app.example.com/cb#access_token=[redacted]&token_type=bearer',
  ],
  // URL-encoded forms.
  [
    'a URL-encoded URL inside a parameter',
    'redirect=https%3A%2F%2Fapi.permutive.com%2Fv1%3Fk%3Dabc123%26limit%3D5',
    'redirect=https%3A%2F%2Fapi.permutive.com%2Fv1%3Fk%3D[redacted]%26limit%3D5',
  ],
  ['an encoded underscore', 'GET /x?api%5Fkey=abc123', 'GET /x?api%5Fkey=[redacted]'],
  ['a form body', 'api_key=abc123&name=Sports', 'api_key=[redacted]&name=Sports'],
  // JSON members.
  ['a JSON member', '{"api_key": "abc123", "name": "x"}', '{"api_key": "[redacted]", "name": "x"}'],
  ['a camelCase JSON member', '{"apiKey":"abc123"}', '{"apiKey":"[redacted]"}'],
  ['a JSON access_token', '{"access_token":"ya29.abc"}', '{"access_token":"[redacted]"}'],
  ['a one-letter JSON member', '{"k":"abc123"}', '{"k":"[redacted]"}'],
  [
    'JSON escaped inside a string',
    'body: {\\"api_key\\":\\"abc123\\"}',
    'body: {\\"api_key\\":\\"[redacted]\\"}',
  ],
  // Underscore and colon spellings.
  ['api_key with a colon', 'api_key: abc123', 'api_key: [redacted]'],
  ['API-Key with a colon', 'API-Key:abc123', 'API-Key:[redacted]'],
  ['client_secret', 'client_secret=s3cr3t', 'client_secret=[redacted]'],
  ['password', 'login with password: hunter2 failed', 'login with password: [redacted] failed'],
  // x-api-key headers as loggers print them.
  ['curl -v', '> x-api-key: 5f2b1c9a', '> x-api-key: [redacted]'],
  [
    "Node's util.inspect",
    "{ 'x-api-key': '5f2b1c9a', accept: 'application/json' }",
    "{ 'x-api-key': '[redacted]', accept: 'application/json' }",
  ],
  ['JSON headers', '{"X-API-KEY":"5f2b1c9a"}', '{"X-API-KEY":"[redacted]"}'],
  ['header entries', "[ 'x-api-key', '5f2b1c9a' ]", "[ 'x-api-key', '[redacted]' ]"],
  ['key=value logging', 'X-Api-Key=5f2b1c9a', 'X-Api-Key=[redacted]'],
  ['an unquoted inspect key', "{ apiKey: '5f2b1c9a' }", "{ apiKey: '[redacted]' }"],
  // Bearer and basic credentials.
  [
    'an Authorization header with a JWT',
    'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln',
    'Authorization: [redacted]',
  ],
  [
    'a bearer token in prose',
    'sent Bearer abc123def456 upstream',
    'sent Bearer [redacted] upstream',
  ],
  [
    'an Authorization header, Basic',
    'Authorization: Basic dXNlcjpwYXNzd29yZA==',
    'Authorization: [redacted]',
  ],
  ['basic credentials alone', 'retried with basic dXNlcjpwYXNz', 'retried with basic [redacted]'],
  // Quoted values with spaces or an apostrophe: the whole value, up to its closing quote.
  [
    'a passphrase in JSON',
    '{"password": "correct horse battery staple", "user": "ann"}',
    '{"password": "[redacted]", "user": "ann"}',
  ],
  [
    'a quoted passphrase after a bare name',
    'password: "correct horse battery" rejected',
    'password: "[redacted]" rejected',
  ],
  [
    'an apostrophe in a double-quoted secret',
    '{"client_secret":"it\'s a secret"}',
    '{"client_secret":"[redacted]"}',
  ],
  [
    'a quoted bearer credential',
    "{ authorization: 'Bearer eyJhbGciOi.eyJzdWIi' }",
    "{ authorization: '[redacted]' }",
  ],
  [
    'a passphrase in JSON escaped inside a string',
    'body: {\\"password\\":\\"two words\\"}',
    'body: {\\"password\\":\\"[redacted]\\"}',
  ],
  // Headers URL-encoded inside a parameter.
  [
    'an encoded x-api-key header',
    'trace=x-api-key%3A%205f2b1c9a&next=1',
    'trace=x-api-key%3A%20[redacted]&next=1',
  ],
  [
    'an encoded Authorization header',
    'h=Authorization%3A%20Bearer%20eyJhbGciOiJIUzI1NiJ9.c2ln',
    'h=Authorization%3A%20[redacted]',
  ],
  ['an encoded bearer credential', 'auth=Bearer%20abc123def456', 'auth=Bearer%20[redacted]'],
  // Credentials in URLs.
  [
    'user:password in a URL',
    'proxy https://admin:hunter2@api.permutive.com/v1 refused',
    'proxy https://[redacted]@api.permutive.com/v1 refused',
  ],
  [
    'user:password in an encoded URL',
    'url=https%3A%2F%2Fadmin%3Ahunter2%40api.permutive.com',
    'url=https%3A%2F%2F[redacted]%40api.permutive.com',
  ],
  // A secret's name with the app's own prefix or suffix, in any case and separator (issue 17).
  ['an environment variable', 'PERMUTIVE_API_KEY=5f2b1c9a', 'PERMUTIVE_API_KEY=[redacted]'],
  [
    'an environment variable in a sentence',
    'missing config: PERMUTIVE_API_KEY=5f2b1c9a ignored',
    'missing config: PERMUTIVE_API_KEY=[redacted] ignored',
  ],
  [
    'a prefixed camelCase member',
    '{"permutiveApiKey":"5f2b1c9a"}',
    '{"permutiveApiKey":"[redacted]"}',
  ],
  [
    'a prefixed header name as a JSON member',
    '{"x-permutive-api-key":"5f2b1c9a"}',
    '{"x-permutive-api-key":"[redacted]"}',
  ],
  ['a prefixed header line', 'x-permutive-api-key: 5f2b1c9a', 'x-permutive-api-key: [redacted]'],
  ['secret_key with a number', '{"secret_key":123456}', '{"secret_key":[redacted]}'],
  ['a PascalCase client secret', 'ClientSecret=s3cr3t', 'ClientSecret=[redacted]'],
  ['an upper-case token parameter', '?ACCESS_TOKEN=ya29.abc', '?ACCESS_TOKEN=[redacted]'],
  ['a suffixed password field', 'db_password: hunter2', 'db_password: [redacted]'],
  // Any userinfo, a password with an @ in it too.
  [
    'an @ inside a URL password',
    'connect postgres://admin:p@ss-SECRET@db.internal:5432/app failed',
    'connect postgres://[redacted]@db.internal:5432/app failed',
  ],
  [
    'userinfo without a password',
    'GET https://5f2b1c9a@api.permutive.com/v1',
    'GET https://[redacted]@api.permutive.com/v1',
  ],
  // Values that are secrets whatever names them.
  [
    'a JSON Web Token in prose',
    'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.sflKxwRJSMeKKF2QT4 expired',
    'token [redacted] expired',
  ],
  [
    'a Stripe secret key',
    'charged with sk_live_4eC39HqLyjWDarjtT1zdp7dc',
    'charged with [redacted]',
  ],
  [
    'a GitHub token',
    'clone failed for ghp_16C7e42F292c6912E7710c838347Ae178B4a',
    'clone failed for [redacted]',
  ],
  ['an AWS access key id', 'signed by AKIAIOSFODNN7EXAMPLE', 'signed by [redacted]'],
  // A secret's name read as the value of the name before it names the next value (the fuzz
  // found 'k= db_password: sk9…' printed with its secret).
  ['a named field after a bare setting', 'k= db_password: hunter2', 'k= db_password: [redacted]'],
  ['a header line after a parameter', '?k=x-api-key: 5f2b1c9a', '?k=x-api-key: [redacted]'],
  [
    'a header line after a quoted setting',
    "token= access_token: 'ya29.abc'",
    "token= access_token: '[redacted]'",
  ],
  ['an encoded separator', 'k= api_key%3A 5f2b1c9a', 'k= api_key%3A [redacted]'],
  ['a value that only ends in a separator', 'password= hunter2:', 'password= [redacted]'],
];

// Ordinary text that only looks a little like a secret.
const PROSE = [
  'the bearer of bad news',
  'Bearer tokens must be sent in the Authorization header.',
  'Basic plan limits exceeded.',
  'The API key provided is invalid.',
  'Your token has expired; sign in again.',
  'Password must be at least 8 characters.',
  'Use the key icon to rotate keys.',
  'monkey=5 and turnkey=6 are not secrets',
  'See https://developer.permutive.com/docs/errors/401/2000 for details.',
  'Contact support@permutive.com with the request id.',
  'Upstream https://api.permutive.com:443/v1 timed out.',
  'e2cef6f6-296d-4044-b362-73fb2bce4a72',
  // Validation messages about a secret's field are not the secret (issue 17).
  'password: must be at least 12 characters',
  'access_token: expected string, received number',
  'api_key: is required',
  'client_secret: should not be empty',
  'x-api-key: missing from the request',
  // Names that end in another word.
  'token_type=bearer',
  'key_id=3 cache_key_prefix=cohorts',
  'primary key: id',
  'sort by keyword=audience',
  'see {"keyboard": "layout"} and {"turnkey": "yes"}',
  // Not JSON Web Tokens or prefixed keys.
  'eyJ alone is not a token',
  'skip sk_ and ghp_ prefixes without keys',
];

describe('redact', () => {
  it.each(SECRETS)('redacts %s', (_name, text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each(PROSE)('leaves %j alone', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('is idempotent', () => {
    for (const [, text, expected] of SECRETS) expect(redact(redact(text))).toBe(expected);
    // A value one rule redacts up to a bracket, which another rule's value may span.
    expect(redact('k=#[')).toBe('k=[redacted][');
    expect(redact(redact('k=#['))).toBe('k=[redacted][');
  });

  it('is exported from the root and from /core as the same function', () => {
    expect(fromRoot).toBe(redact);
  });
});

describe('secrets never leave the decoder', () => {
  const leaky = {
    request_id: 'req-1?k=abc123',
    error: {
      status: 'Unauthorized',
      code: 2000,
      message: 'Key rejected: GET /v1/cohorts?k=abc123',
      cause: 'headers: { "x-api-key": "abc123" }',
      docs: 'https://developer.permutive.com/docs/errors/401/2000?api_key=abc123',
    },
  };

  it('redacts message, cause, docs link and request id when the model is built', () => {
    expect(decodePermutiveError(leaky)).toMatchObject({
      message: 'Key rejected: GET /v1/cohorts?k=[redacted]',
      cause: 'headers: { "x-api-key": "[redacted]" }',
      docs: 'https://developer.permutive.com/docs/errors/401/2000?api_key=[redacted]',
      requestId: 'req-1?k=[redacted]',
    });
  });

  it("redacts PermutiveError's message, built from any model", () => {
    const error = new PermutiveError(decodePermutiveError(leaky));
    expect(error.message).toBe('Key rejected: GET /v1/cohorts?k=[redacted]');
    const byHand = new PermutiveError({
      ...createModel('unauthorized', { status: 401 }),
      message: 'Bearer abc123def456 rejected',
    });
    expect(byHand.message).toBe('Bearer [redacted] rejected');
    expect(byHand.model.message).toBe('Bearer [redacted] rejected');
  });

  it('redacts what createModel is given', () => {
    expect(createModel('server', { cause: 'GET /x?access_token=ya29.abc' }).cause).toBe(
      'GET /x?access_token=[redacted]',
    );
  });
});

describe('redacting long text', () => {
  // Each text below made an earlier pattern rescan the rest of the text at every position; a
  // linear pass finishes well within the test's timeout, a quadratic one never does.
  it.each([
    ['letters', 'x'.repeat(5 * 1024 * 1024)],
    ['scheme-like runs', 'a:'.repeat(1024 * 1024)],
    ['a URL without an end', `https://${'u'.repeat(2 * 1024 * 1024)}`],
    ['quotes and names', '"k'.repeat(1024 * 1024)],
    ['spaces after a name', `password${' '.repeat(2 * 1024 * 1024)}`],
    ['bearer words', 'bearer '.repeat(512 * 1024)],
  ])('handles megabytes of %s', (_name, text) => {
    expect(redact(text)).toBe(text);
  });

  it('redacts a quoted value that never closes, to the end of its line', () => {
    const text = `{"password": "${'a'.repeat(2 * 1024 * 1024)}\nnext line`;
    expect(redact(text)).toBe('{"password": "[redacted]\nnext line');
  });

  it('still redacts a secret at the end of a megabyte of text', () => {
    const text = `${'x '.repeat(512 * 1024)}?k=abc123`;
    expect(redact(text).endsWith('?k=[redacted]')).toBe(true);
  });
});
