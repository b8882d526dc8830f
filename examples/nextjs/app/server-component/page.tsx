import { ErrorBanner } from 'react-permutive-errors';
import { decodePermutiveError } from 'react-permutive-errors/core';
import { getCohorts } from '@/lib/permutive';

export default async function ServerComponentPage({
  searchParams,
}: {
  searchParams: Promise<{ scenario?: string }>;
}) {
  const { scenario = 'ok' } = await searchParams;
  try {
    const cohorts = await getCohorts(scenario);
    return <pre>{JSON.stringify(cohorts)}</pre>;
  } catch (error) {
    // The model is plain data: it crosses to the client component intact, unlike a thrown error.
    return <ErrorBanner error={decodePermutiveError(error)} headingLevel={1} />;
  }
}
