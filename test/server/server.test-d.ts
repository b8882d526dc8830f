import { expectTypeOf } from 'vitest';
import { createModel } from '../../src/core/index.js';
import {
  type PermutiveEnvelope,
  permutiveErrorResponse,
  toPermutiveEnvelope,
} from '../../src/server/index.js';

expectTypeOf(permutiveErrorResponse(new Error('x'))).toEqualTypeOf<Response>();
expectTypeOf(permutiveErrorResponse).parameter(1).toEqualTypeOf<ResponseInit | undefined>();
permutiveErrorResponse(null, undefined);
permutiveErrorResponse('boom', { status: 503, headers: [['x-trace', '1']] });

const envelope = toPermutiveEnvelope(createModel('unauthorized', { status: 401 }));
expectTypeOf(envelope).toEqualTypeOf<PermutiveEnvelope>();
expectTypeOf(envelope.request_id).toEqualTypeOf<string | null>();
expectTypeOf(envelope.error.code).toEqualTypeOf<number | null>();
expectTypeOf(envelope.error.cause).toEqualTypeOf<string | undefined>();

// @ts-expect-error an envelope is made from a model, not from anything thrown
toPermutiveEnvelope(new Error('x'));
