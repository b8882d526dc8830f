import { getCohorts } from '@/lib/permutive';

export const dynamic = 'force-dynamic';

// Lets the failure escape: in production Next.js sends the client only a digest.
export default async function BoundaryPage() {
  const cohorts = await getCohorts('unauthorized');
  return <pre>{JSON.stringify(cohorts)}</pre>;
}
