// A program of its own (tsc -p test/register): Register's augmentation would retype every other test.
import { useQuery } from '@tanstack/react-query';
import axios from 'axios';
import ky from 'ky1';
import { expectTypeOf } from 'vitest';
import {
  decodePermutiveError,
  PermutiveError,
  type PermutiveErrorModel,
  permutiveFetch,
  readPermutiveError,
} from '../../src/index.js';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: PermutiveError;
  }
}

// As the TanStack Query guide writes it.
const rethrowAsPermutiveError = async (error: unknown): Promise<never> => {
  throw new PermutiveError(await readPermutiveError(error), { cause: error });
};

interface Cohort {
  id: number;
  name: string;
}

export function Page() {
  const viaKy = useQuery({
    queryKey: ['cohorts'],
    queryFn: () => ky.get('/v1/cohorts').json<Cohort[]>().catch(rethrowAsPermutiveError),
  });
  const viaAxios = useQuery({
    queryKey: ['me'],
    queryFn: () =>
      axios
        .get<{ name: string }>('/v1/me')
        .then((response) => response.data)
        .catch(rethrowAsPermutiveError),
  });
  const viaKit = useQuery({ queryKey: ['usage'], queryFn: () => permutiveFetch<number>('/v1/u') });
  // The wrapper leaves each query's data type as it was, and error is the kit's error.
  expectTypeOf(viaKy.data).toEqualTypeOf<Cohort[] | undefined>();
  expectTypeOf(viaAxios.data).toEqualTypeOf<{ name: string } | undefined>();
  expectTypeOf(viaKit.data).toEqualTypeOf<number | undefined>();
  expectTypeOf(viaKy.error).toEqualTypeOf<PermutiveError | null>();
  expectTypeOf(viaAxios.error?.model).toEqualTypeOf<PermutiveErrorModel | undefined>();
  return decodePermutiveError(viaKy.error ?? viaAxios.error).kind;
}
