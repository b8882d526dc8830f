import type {
  UseInfiniteQueryResult,
  UseMutationResult,
  UseQueryResult,
  UseSuspenseQueryResult,
} from '@tanstack/react-query';
import { expectTypeOf } from 'vitest';
import {
  PermutiveErrorBoundary,
  type PermutiveErrorBoundaryProps,
  type PermutiveErrorModel,
  type PermutiveErrorState,
  usePermutiveError,
} from '../../src/index.js';

declare const query: UseQueryResult<{ id: number }, Error>;
declare const suspense: UseSuspenseQueryResult<string[], Error>;
declare const infinite: UseInfiniteQueryResult<{ pages: number[] }, Error>;
declare const mutation: UseMutationResult<
  { ok: boolean },
  Error,
  { name: string },
  { previous: number }
>;

// Type-only: never called, so a hook by name only to keep the rules of hooks.
export function useOverloads() {
  expectTypeOf(usePermutiveError(query)).toEqualTypeOf<PermutiveErrorState>();
  expectTypeOf(
    usePermutiveError(query, { queryKey: ['cohorts', 1] }),
  ).toEqualTypeOf<PermutiveErrorState>();
  expectTypeOf(usePermutiveError(suspense)).toEqualTypeOf<PermutiveErrorState>();
  expectTypeOf(usePermutiveError(infinite)).toEqualTypeOf<PermutiveErrorState>();
  expectTypeOf(usePermutiveError(mutation)).toEqualTypeOf<PermutiveErrorState>();
  expectTypeOf(usePermutiveError(query).error).toEqualTypeOf<PermutiveErrorModel | null>();
  expectTypeOf(usePermutiveError(mutation).retry).toEqualTypeOf<() => void>();
  // @ts-expect-error copy comes from useErrorBanner or describePermutiveError, not this hook
  usePermutiveError(query).copy;

  // @ts-expect-error a mutation is reset by mutation.reset(), not by a query key
  usePermutiveError(mutation, { queryKey: ['x'] });
  // @ts-expect-error not a query or mutation result
  usePermutiveError({ error: null });
  // @ts-expect-error a result is required
  usePermutiveError();
}

export function boundaryProps() {
  expectTypeOf<{ fallback: 'x' }>().toExtend<PermutiveErrorBoundaryProps>();
  expectTypeOf<{ fallbackRender: () => null }>().toExtend<PermutiveErrorBoundaryProps>();
  // @ts-expect-error fallback and fallbackRender are mutually exclusive
  const both: PermutiveErrorBoundaryProps = { fallback: 'x', fallbackRender: () => null };
  return [both, PermutiveErrorBoundary];
}
