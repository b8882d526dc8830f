import { Audience } from '@/lib/audience';

export default function SegmentsPage() {
  return <Audience title="Segments" scenario="segments" />;
}
