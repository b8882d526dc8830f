import { permutiveFetch } from 'react-permutive-errors/core';

// The API key stays on the server; the browser only ever sees the relayed envelope.
const API_KEY = process.env.PERMUTIVE_API_KEY ?? 'sk_example_key';

/** Calls Permutive's API from the server. `scenario` picks the mock API's answer in the e2e test. */
export function getCohorts(scenario: string): Promise<unknown> {
  const base = process.env.PERMUTIVE_API_URL ?? 'https://api.permutive.app';
  const url = new URL('/v2.0/cohorts', base);
  url.searchParams.set('k', API_KEY);
  url.searchParams.set('scenario', scenario);
  return permutiveFetch(url.href, { timeoutMs: 5_000, cache: 'no-store' });
}
