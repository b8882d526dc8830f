import * as z from 'zod/mini';
import type { $ZodIssue, $ZodType } from 'zod/v4/core';

const envelopeSchema = () =>
  z.looseObject({
    request_id: z.nullable(z.string()),
    error: z.looseObject({
      status: z.string(),
      code: z.nullable(z.int()),
      message: z.nullable(z.string()),
      cause: z.optional(z.nullable(z.string())),
      docs: z.nullable(z.string()),
    }),
  });

/**
 * Permutive's error envelope, for apps that validate what they relay or mock: the documented
 * members (with `cause` optional), as the APIs send them and as the kit's `/server` entry answers
 * (`null` where a failure had no request id, subcode, message or safe docs link). Unknown members
 * are kept. A `zod/mini` schema, which `zod` schemas can compose too.
 *
 * @example
 * ```ts
 * const result = permutiveEnvelopeSchema.safeParse(await response.json());
 * if (result.success) console.log(result.data.error.code);
 * ```
 */
// Lazy, so that importing the kit builds no schema (about 1.8 ms cold in Node): it is built on
// first use. Marked pure, so that a bundle that never uses it drops it.
export const permutiveEnvelopeSchema: z.ZodMiniLazy<ReturnType<typeof envelopeSchema>> =
  /* @__PURE__ */ z.lazy(envelopeSchema);

/** Any zod schema, from `zod` or `zod/mini`. */
export type ResponseSchema = $ZodType;

const MAX_ISSUES = 5;

// Where and what was expected, never what was received: the body may hold anything.
function describeIssue(issue: $ZodIssue): string {
  const path = issue.path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
  const expected =
    issue.code === 'invalid_type'
      ? `expected ${issue.expected}`
      : issue.code === 'invalid_format'
        ? `expected ${issue.format} format`
        : issue.code.replace(/_/g, ' ');
  return `${path || 'body'}: ${expected}`;
}

type Checked = { ok: true; data: unknown } | { ok: false; problem: string };

/** A 2xx body that is not JSON at all. */
export const NOT_JSON: Checked = { ok: false, problem: 'The response was not JSON.' };

/**
 * Checks a 2xx body against the caller's schema, if any: the schema's output, or a summary of
 * its complaint (paths and expected types) when the body does not match.
 */
export async function checkBody(
  schema: ResponseSchema | undefined,
  body: unknown,
): Promise<Checked> {
  if (!schema) return { ok: true, data: body };
  // Async, so that schemas with async refinements work too.
  const result = await z.safeParseAsync(schema, body);
  if (result.success) return { ok: true, data: result.data };
  const { issues } = result.error;
  const more = issues.length > MAX_ISSUES ? `; and ${issues.length - MAX_ISSUES} more` : '';
  return {
    ok: false,
    problem: `The response did not match the expected schema: ${issues
      .slice(0, MAX_ISSUES)
      .map(describeIssue)
      .join('; ')}${more}.`,
  };
}
