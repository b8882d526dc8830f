'use client';

import { useQuery } from '@tanstack/react-query';
import { permutiveFetch } from 'react-permutive-errors';

/** A page of the navigation example: a list from the route handler, `scenario` its answer. */
export function Audience({ title, scenario }: { title: string; scenario: string }) {
  const query = useQuery({
    queryKey: ['audience', scenario],
    queryFn: ({ signal }) =>
      permutiveFetch<{ cohorts: { name: string }[] }>(`/api/cohorts?scenario=${scenario}`, {
        signal,
      }),
  });
  return (
    <>
      <h1>{title}</h1>
      {query.data ? (
        <ul>
          {query.data.cohorts.map(({ name }) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      ) : (
        <p>Loading…</p>
      )}
    </>
  );
}
