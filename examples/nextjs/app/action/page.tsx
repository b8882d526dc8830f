'use client';

import { useActionState } from 'react';
import { ErrorBanner } from 'react-permutive-errors';
import { createCohort } from './actions';

export default function ActionPage() {
  const [state, action, pending] = useActionState(createCohort, { error: null, done: false });
  return (
    <form action={action}>
      <h1>Create a cohort</h1>
      <input type="hidden" name="scenario" value="conflict" />
      <button type="submit" disabled={pending}>
        Create
      </button>
      {state.done && <p>Created.</p>}
      <ErrorBanner error={state.error} headingLevel={2} />
    </form>
  );
}
