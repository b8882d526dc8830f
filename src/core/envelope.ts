import * as z from 'zod/mini';
import { get, parseJson, str } from './read.js';

/** What a body yields, each member salvaged on its own. */
export interface EnvelopeFields {
  requestId?: string | undefined;
  statusText?: string | number | undefined;
  code?: number | undefined;
  message?: string | undefined;
  cause?: string | undefined;
  docs?: string | undefined;
}

/** Text with its ends trimmed; blank text counts as absent, so the next candidate is tried. */
const blank = (text: string | undefined) => text?.trim() || undefined;

const opt = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

// Built on first decode, not at import, so that importing the kit costs no schema work.
let schema: ReturnType<typeof buildSchema> | undefined;
function buildSchema() {
  const text = opt(z.string());
  return z.object({
    request_id: text,
    requestId: text,
    message: text,
    detail: text,
    error: opt(
      z.union([
        z.string(),
        z.object({
          status: opt(z.union([z.string(), z.int()])),
          status_code: opt(z.int()),
          code: opt(z.int()),
          message: text,
          cause: text,
          docs: text,
        }),
      ]),
    ),
  });
}

/** Copies `keys` of `value` into a plain object, so that a throwing getter spoils one member. */
function pick(value: unknown, keys: readonly string[]) {
  const plain: Record<string, unknown> = {};
  for (const key of keys) plain[key] = get(value, key);
  return plain;
}

/**
 * Salvages the Permutive envelope (and common gateway shapes) from a parsed body or JSON text.
 * `withTopMessage` is false when the body is itself an `Error`, whose `message` is no server's.
 */
export function readEnvelope(body: unknown, withTopMessage = true): EnvelopeFields {
  const source = typeof body === 'string' ? parseJson(body) : body;
  if (source === null || typeof source !== 'object') return {};
  schema ??= buildSchema();
  const plain = pick(source, ['request_id', 'requestId', 'error', 'message', 'detail']);
  if (typeof plain.error === 'object') {
    plain.error = pick(plain.error, ['status', 'status_code', 'code', 'message', 'cause', 'docs']);
  }
  if (!withTopMessage) plain.message = plain.detail = undefined;
  const parsed = schema.safeParse(plain);
  if (!parsed.success) return {};
  const { data } = parsed;
  const error = typeof data.error === 'object' ? data.error : undefined;
  return {
    requestId: blank(data.request_id) || blank(data.requestId),
    statusText: error?.status ?? error?.status_code,
    code: error?.code,
    message:
      blank(error?.message) || blank(data.message) || blank(data.detail) || blank(str(data.error)),
    cause: blank(error?.cause),
    docs: error?.docs,
  };
}
