import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  describePermutiveError,
  ErrorBanner,
  PermutiveErrorBoundary,
  permutiveErrorCaches,
  permutiveFetch,
  permutiveQueryDefaults,
  usePermutiveError,
} from '../src/index.js';

interface Cohort {
  id: number;
  name: string;
  size: number;
}

const get =
  <T,>(path: string) =>
  ({ signal }: { signal: AbortSignal }) =>
    permutiveFetch<T>(path, { signal, timeoutMs: 5000 });

function Cohorts() {
  const query = useQuery({ queryKey: ['cohorts'], queryFn: get<Cohort[]>('/api/cohorts') });
  return (
    <ul aria-label="Cohorts">
      {query.data?.map((cohort) => (
        <li key={cohort.id}>
          {cohort.name}: {cohort.size.toLocaleString('en')}
        </li>
      )) ?? <li>Loading cohorts…</li>}
    </ul>
  );
}

/** A panel whose failure stays inline, whatever its kind. */
function Panel({ title, path }: { title: string; path: string }) {
  const query = useQuery({ queryKey: [path], queryFn: get(path), throwOnError: false });
  const { error, retry } = usePermutiveError(query);
  return (
    <section aria-label={title} className="demo-card">
      <h2>{title}</h2>
      {error ? (
        <ErrorBanner error={error} variant="inline" headingLevel={3} onRetry={retry} />
      ) : (
        <p>{query.isPending ? 'Loading…' : 'Loaded'}</p>
      )}
    </section>
  );
}

/** A dashboard of real TanStack queries against the mocked API. */
export function LiveDemo() {
  const [log, setLog] = useState<{ id: number; line: string }[]>([]);
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: permutiveQueryDefaults({
          baseDelayMs: 100,
          maxDelayMs: 400,
          maxRetries: 2,
        }),
        ...permutiveErrorCaches({
          onError: (model, { background }) =>
            setLog((lines) => [
              ...lines,
              {
                id: lines.length,
                line: `${background ? 'Background: ' : ''}${describePermutiveError(model).title} (${model.status ?? model.kind})`,
              },
            ]),
        }),
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <main className="demo">
        <h1>Audience dashboard</h1>
        <section aria-label="Cohort list" className="demo-card">
          <h2>Cohorts</h2>
          <PermutiveErrorBoundary bannerProps={{ variant: 'inline', headingLevel: 3 }}>
            <Cohorts />
          </PermutiveErrorBoundary>
        </section>
        <Panel title="Your account" path="/api/me" />
        <Panel title="Segments" path="/api/segments" />
        <Panel title="Usage" path="/api/usage" />
        <section aria-label="Reported errors" className="demo-card">
          <h2>Reported once each (global onError)</h2>
          <ul>
            {log.map(({ id, line }) => (
              <li key={id}>{line}</li>
            ))}
          </ul>
        </section>
      </main>
    </QueryClientProvider>
  );
}
