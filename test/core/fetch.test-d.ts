import { expectTypeOf } from 'vitest';
import * as zod from 'zod';
import * as z from 'zod/mini';
import { permutiveFetch } from '../../src/index.js';

const Cohort = z.object({ id: z.int(), name: z.string() });

// With a schema (zod/mini or zod), the result is the schema's output; without one, T as before.
expectTypeOf(permutiveFetch('/v1/cohorts', { schema: z.array(Cohort) })).resolves.toEqualTypeOf<
  { id: number; name: string }[]
>();
expectTypeOf(
  permutiveFetch('/v1/me', { schema: zod.object({ id: zod.string() }).transform((me) => me.id) }),
).resolves.toEqualTypeOf<string>();
expectTypeOf(permutiveFetch<{ ok: boolean }>('/v1/ok')).resolves.toEqualTypeOf<{ ok: boolean }>();
expectTypeOf(permutiveFetch('/v1/ok', { timeoutMs: 5000 })).resolves.toBeUnknown();
// @ts-expect-error: a schema is a zod schema, not any object.
permutiveFetch('/v1/ok', { schema: { parse: () => 1 } });
