import {
  QueryClient,
  QueryClientProvider,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import {
  createContext,
  type FormEvent,
  useContext,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { Toaster, toast } from 'sonner';
import {
  decodePermutiveError,
  ErrorBanner,
  type ErrorMessages,
  PermutiveErrorBoundary,
  type PermutiveErrorModel,
  permutiveErrorCaches,
  permutiveFetch,
  permutiveQueryDefaults,
  usePermutiveError,
} from '../src/index.js';
import { api, ENDPOINTS, type Endpoint } from './api.js';

const get =
  (name: Endpoint) =>
  ({ signal }: { signal: AbortSignal }) =>
    permutiveFetch<unknown>(`/api/${name}`, { signal, timeoutMs: 5000 });

/** True while one page-level banner speaks for every panel. */
const Collapsed = createContext(false);

const Placeholder = () => <p>Not loaded: see the message above.</p>;

function Cohorts() {
  const query = useQuery({
    queryKey: ['cohorts'],
    queryFn: get('cohorts') as () => Promise<{ id: number; name: string; size: number }[]>,
  });
  const { error, banner } = usePermutiveError(query);
  const collapsed = useContext(Collapsed);
  // Server failures reach the boundary around this list once retries end; the rest (a 401, 403,
  // 404…) stay with the query, and without this the list would say "Loading" for ever.
  if (error && collapsed) return <Placeholder />;
  if (banner) return <ErrorBanner {...banner} variant="inline" headingLevel={3} />;
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
function Panel({ title, name }: { title: string; name: Endpoint }) {
  const query = useQuery({ queryKey: [name], queryFn: get(name), throwOnError: false });
  const { error, banner } = usePermutiveError(query);
  const collapsed = useContext(Collapsed);
  let body = <p>{query.isPending ? 'Loading…' : 'Loaded'}</p>;
  if (collapsed && error) body = <Placeholder />;
  else if (banner) body = <ErrorBanner {...banner} variant="inline" headingLevel={3} />;
  return (
    <section aria-label={title} className="demo-card">
      <h2>{title}</h2>
      {body}
    </section>
  );
}

const sameFailure = (a: PermutiveErrorModel, b: PermutiveErrorModel) =>
  a.kind === b.kind && a.status === b.status && a.code === b.code;

/**
 * The failure every endpoint shares, or `null`. When all of them fail the same way, four
 * identical banners would help nobody: the page shows this one instead.
 */
function useSharedFailure(): PermutiveErrorModel | null {
  const results = useQueries({
    queries: ENDPOINTS.map((name) => ({
      queryKey: [name],
      queryFn: get(name),
      throwOnError: false,
    })),
  });
  const models = results.map((result) =>
    result.error ? decodePermutiveError(result.error) : null,
  );
  const [first] = models;
  if (!first || !models.every((model) => model && sameFailure(model, first))) return null;
  return first;
}

function Dashboard({ generation }: { generation: number }) {
  const client = useQueryClient();
  const shared = useSharedFailure();
  return (
    <Collapsed.Provider value={shared !== null}>
      {shared && (
        <ErrorBanner
          error={shared}
          onRetry={() => client.resetQueries()}
          className="demo-wide"
          data-testid="page-banner"
        />
      )}
      <section aria-label="Cohort list" className="demo-card">
        <h2>Cohorts</h2>
        <PermutiveErrorBoundary
          resetKeys={[generation]}
          fallbackRender={({ model, resetErrorBoundary }) =>
            shared ? (
              <Placeholder />
            ) : (
              <ErrorBanner
                error={model}
                variant="inline"
                headingLevel={3}
                onRetry={resetErrorBoundary}
              />
            )
          }
        >
          <Cohorts />
        </PermutiveErrorBoundary>
      </section>
      <Panel title="Your account" name="me" />
      <Panel title="Segments" name="segments" />
      <Panel title="Usage" name="usage" />
    </Collapsed.Provider>
  );
}

const ANSWERS: [label: string, status: number][] = [
  ['200 OK', 200],
  ['400 Bad Request', 400],
  ['401 Unauthorized', 401],
  ['403 Forbidden', 403],
  ['404 Not Found', 404],
  ['409 Conflict', 409],
  ['429 Too Many Requests', 429],
  ['500 Internal Server Error', 500],
  ['502 Bad Gateway', 502],
  ['503 Service Unavailable', 503],
  ['504 Gateway Timeout', 504],
  ['Network down', 0],
];

// Subcodes the kit has its own copy for; any other number goes into the envelope as it is.
const SUBCODES: [code: number, label: string][] = [
  [1000, 'Bad request'],
  [2000, 'API key invalid'],
  [2001, 'No access'],
  [2004, 'No credentials sent'],
  [2005, 'Credentials invalid'],
  [3000, 'Not found'],
  [4000, 'Already exists'],
  [5000, 'Server error'],
];

/** The control panel: makes the mocked API answer anything, then reloads the dashboard. */
function ApiPanel({ onApply }: { onApply: () => void }) {
  const id = useId();
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // A field left empty, or holding what is not a number, means none.
    const number = (key: string) => {
      const value = Number(String(form.get(key) ?? '').trim() || Number.NaN);
      return Number.isFinite(value) ? Math.max(0, value) : null;
    };
    const retryAfter = number('retryAfter');
    const behaviour = {
      status: Number(form.get('status')),
      subcode: number('subcode'),
      envelope: form.get('envelope') === 'on',
      // A day at most: the mocked API writes it as a header, which must stay a plain number.
      retryAfterS: retryAfter === null ? null : Math.min(Math.ceil(retryAfter), 86_400),
      failures: number('failures'),
    };
    const target = String(form.get('target'));
    if (target === 'all') api.everywhere(behaviour);
    else api.behaviour[target as Endpoint] = behaviour;
    api.latencyMs = number('latency') ?? 0;
    for (const name of ENDPOINTS) api.hits[name] = 0;
    onApply();
  };
  return (
    <form aria-label="Mocked API" className="demo-card demo-panel" onSubmit={apply}>
      <h2>Mocked API</h2>
      <label htmlFor={`${id}-target`}>Endpoint</label>
      <select id={`${id}-target`} name="target" defaultValue="all">
        <option value="all">Every endpoint</option>
        {ENDPOINTS.map((name) => (
          <option key={name} value={name}>
            /api/{name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-status`}>Answer</label>
      <select id={`${id}-status`} name="status" defaultValue="503">
        {ANSWERS.map(([label, status]) => (
          <option key={status} value={status}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-subcode`}>Subcode (blank: the status's usual one)</label>
      <input
        id={`${id}-subcode`}
        name="subcode"
        type="number"
        min={0}
        list={`${id}-subcodes`}
        placeholder="e.g. 2004"
      />
      <datalist id={`${id}-subcodes`}>
        {SUBCODES.map(([code, label]) => (
          <option key={code} value={code} label={label} />
        ))}
      </datalist>
      <label>
        <input type="checkbox" name="envelope" defaultChecked /> Permutive error envelope (else a
        proxy's HTML page)
      </label>
      <label htmlFor={`${id}-retry-after`}>Retry-After (seconds, blank for none)</label>
      <input id={`${id}-retry-after`} name="retryAfter" type="number" min={0} max={86400} />
      <label htmlFor={`${id}-failures`}>Recover after this many failures (blank: never)</label>
      <input id={`${id}-failures`} name="failures" type="number" min={0} />
      <label htmlFor={`${id}-latency`}>Latency (ms; over 5000 the client times out)</label>
      <input id={`${id}-latency`} name="latency" type="number" min={0} defaultValue={150} />
      <button type="submit" className="demo-apply">
        Apply and reload
      </button>
    </form>
  );
}

/** Retry timing of the demo's client: quick, so that a person can watch every attempt. */
export interface LiveDemoProps {
  /** First retry delay in ms, doubled each attempt (with jitter). */
  baseDelayMs?: number;
  /** The longest wait between attempts, `Retry-After` included, in ms. */
  maxDelayMs?: number;
  /** Retries after the first attempt. */
  maxRetries?: number;
  /** The app's language for the global handler's toasts (the stories pass the toolbar's). */
  messages?: ErrorMessages | undefined;
  /** The colours of the toasts, as the page's (the stories pass the toolbar's theme). */
  theme?: 'light' | 'dark' | 'system' | undefined;
}

const silenceRegion = (region: HTMLElement | null) => region?.setAttribute('aria-live', 'off');

/** A dashboard of real TanStack queries against the mocked API, and a panel to steer it. */
export function LiveDemo({
  baseDelayMs = 500,
  maxDelayMs = 4000,
  maxRetries = 2,
  messages,
  theme = 'system',
}: LiveDemoProps) {
  const [log, setLog] = useState<{ id: string; line: string }[]>([]);
  const [logged, setLogged] = useState(0);
  // The client outlives a change of language: its handler reads the language in force.
  const language = useRef(messages);
  useLayoutEffect(() => {
    language.current = messages;
  }, [messages]);
  const [generation, setGeneration] = useState(0);
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: permutiveQueryDefaults({
          baseDelayMs,
          maxDelayMs,
          maxRetries,
          throwOnError: 'retryable',
        }),
        ...permutiveErrorCaches({
          messages: () => language.current,
          log: () => setLogged((n) => n + 1),
          onError: (model, source, { title, action }, { id, count, retry, ui }) => {
            const { background, mutation } = source;
            // One line per failure, its repeats counted on it.
            setLog((lines) => [
              ...lines.filter((line) => line.id !== id),
              {
                id,
                line: `${background ? 'Background: ' : ''}${title} (${model.status ?? model.kind})${count > 1 ? ` × ${count}` : ''}`,
              },
            ]);
            // The guide's toast recipe: a first load shows a banner where its data would be.
            if (!background && !mutation) return;
            return toast.warning(title, {
              id,
              description: count > 1 ? ui.requestsFailed(count) : action,
              duration: Infinity,
              closeButton: true,
              action: { label: ui.retry, onClick: retry },
            });
          },
        }),
      }),
  );
  const reload = () => {
    setGeneration((n) => n + 1);
    client.resetQueries();
  };
  return (
    <QueryClientProvider client={client}>
      <main className="demo">
        <h1>Audience dashboard</h1>
        <ApiPanel onApply={reload} />
        <Dashboard generation={generation} />
        <section aria-label="Reported errors" className="demo-card">
          <h2>One line per failure, repeats counted (global onError)</h2>
          <p>Failures logged, repeats included (global log): {logged}</p>
          <ul>
            {log.map(({ id, line }) => (
              <li key={id}>{line}</li>
            ))}
          </ul>
        </section>
        {/* The kit says each toast once; sonner's own live region would say it again. */}
        <Toaster position="bottom-right" theme={theme} ref={silenceRegion} />
      </main>
    </QueryClientProvider>
  );
}
