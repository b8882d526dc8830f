'use server';

import { decodePermutiveError, type PermutiveErrorModel } from 'react-permutive-errors/core';
import { getCohorts } from '@/lib/permutive';

export type CreateCohortState = { error: PermutiveErrorModel | null; done: boolean };

/** A Server Action returns the model as data: a thrown error would reach the client as a digest. */
export async function createCohort(
  _previous: CreateCohortState,
  form: FormData,
): Promise<CreateCohortState> {
  try {
    await getCohorts(String(form.get('scenario') ?? 'ok'));
    return { error: null, done: true };
  } catch (error) {
    return { error: decodePermutiveError(error), done: false };
  }
}
