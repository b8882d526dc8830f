import { expect } from 'vitest';

// Written out here, not taken from the kit, so that a field or kind the kit loses fails.
const KINDS = [
  'network',
  'timeout',
  'aborted',
  'rate-limited',
  'unauthorized',
  'forbidden',
  'not-found',
  'bad-request',
  'server',
  'invalid-response',
  'unknown',
];
const FIELDS: [string, string][] = [
  ['status', 'number'],
  ['code', 'number'],
  ['message', 'string'],
  ['cause', 'string'],
  ['docs', 'string'],
  ['requestId', 'string'],
  ['retryAfterMs', 'number'],
];

/** Asserts that `model` has exactly the model's fields, each of its type (or null). */
export function expectModelShape(model: unknown) {
  const m = model as Record<string, unknown>;
  expect(Object.keys(m).sort()).toEqual([
    'cause',
    'code',
    'docs',
    'kind',
    'message',
    'requestId',
    'retryAfterMs',
    'retryable',
    'status',
  ]);
  expect(KINDS).toContain(m.kind);
  expect(typeof m.retryable).toBe('boolean');
  for (const [key, type] of FIELDS) if (m[key] !== null) expect(typeof m[key], key).toBe(type);
}
