import { Audience } from '@/lib/audience';

// The mock API fails the first request for this page (503), and answers the next.
export default function CohortsPage() {
  return <Audience title="Cohorts" scenario="unavailable-once" />;
}
