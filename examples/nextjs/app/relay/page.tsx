'use client';

import { useEffect, useState } from 'react';
import { ErrorBanner, type PermutiveErrorModel, readPermutiveError } from 'react-permutive-errors';

export default function RelayPage() {
  const [error, setError] = useState<PermutiveErrorModel | null>(null);
  const [data, setData] = useState<unknown>(null);
  useEffect(() => {
    const scenario = new URLSearchParams(window.location.search).get('scenario') ?? 'ok';
    fetch(`/api/cohorts?scenario=${encodeURIComponent(scenario)}`).then(async (response) => {
      if (response.ok) setData(await response.json());
      else setError(await readPermutiveError(response));
    });
  }, []);
  if (error) return <ErrorBanner error={error} headingLevel={1} />;
  return data ? <pre>{JSON.stringify(data)}</pre> : <p>Loading…</p>;
}
