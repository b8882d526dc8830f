import { delay, HttpResponse, http, type JsonBodyType } from 'msw';
import { type PermutiveStatus, permutiveResponse, proxyErrorPage } from '../src/testing/index.js';

/** The endpoints of the demo's dashboard. */
export const ENDPOINTS = ['cohorts', 'me', 'segments', 'usage'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

/** How the mocked API answers one endpoint. */
export interface Behaviour {
  /** The HTTP status; 200 answers with data, 0 drops the connection. */
  status: number;
  /** The subcode in the envelope (`error.code`); `null` or absent for the status's usual one. */
  subcode?: number | null;
  /** Whether a failure carries Permutive's JSON envelope (else a proxy's HTML page). */
  envelope: boolean;
  /** `Retry-After` in seconds, or `null` for none. */
  retryAfterS: number | null;
  /** How many requests fail before the endpoint recovers; `null` fails them all. */
  failures: number | null;
}

const OK: Behaviour = { status: 200, envelope: true, retryAfterS: null, failures: null };

/** What the dashboard meets on first open: one endpoint fine, three failing differently. */
export const MIXED: Record<Endpoint, Behaviour> = {
  cohorts: OK,
  me: { status: 401, envelope: true, retryAfterS: null, failures: null },
  segments: { status: 502, envelope: false, retryAfterS: null, failures: null },
  usage: { status: 429, envelope: true, retryAfterS: 3, failures: null },
};

/** The mocked API's state: the panel and the stories steer it, the handlers read it. */
export const api = {
  behaviour: { ...MIXED } as Record<Endpoint, Behaviour>,
  latencyMs: 150,
  hits: { cohorts: 0, me: 0, segments: 0, usage: 0 } as Record<Endpoint, number>,
  reset(behaviour: Partial<Record<Endpoint, Behaviour>> = MIXED) {
    this.behaviour = { cohorts: OK, me: OK, segments: OK, usage: OK, ...behaviour };
    this.latencyMs = 150;
    for (const name of ENDPOINTS) this.hits[name] = 0;
  },
  /** Every endpoint answers the same way. */
  everywhere(behaviour: Behaviour) {
    for (const name of ENDPOINTS) this.behaviour[name] = { ...behaviour };
  },
};

const DATA: Record<Endpoint, JsonBodyType> = {
  cohorts: [
    { id: 1, name: 'Sports fans', size: 182_000 },
    { id: 2, name: 'Frequent travellers', size: 64_500 },
  ],
  me: { name: 'Ada Lovelace', workspace: 'Example News' },
  segments: [{ id: 7, name: 'Evening readers' }],
  usage: { requestsToday: 18_250, limit: 50_000 },
};

function answer(name: Endpoint) {
  const { status, subcode, envelope: withEnvelope, retryAfterS, failures } = api.behaviour[name];
  api.hits[name] += 1;
  if (status === 200 || (failures !== null && api.hits[name] > failures)) {
    return HttpResponse.json(DATA[name]);
  }
  if (status === 0) return permutiveResponse('network');
  const options = { code: subcode ?? undefined, retryAfter: retryAfterS ?? undefined };
  if (withEnvelope)
    return permutiveResponse(status as PermutiveStatus, {
      ...options,
      requestId: crypto.randomUUID(),
    });
  // A proxy's page carries the edge's request id in its header only.
  const requestId = `edge-${name}-${api.hits[name]}`;
  if (status === 502) return permutiveResponse('html-502', { ...options, requestId });
  const headers: Record<string, string> = {
    'x-request-id': requestId,
    'content-type': 'text/html',
  };
  if (retryAfterS !== null) headers['retry-after'] = String(retryAfterS);
  return new HttpResponse(proxyErrorPage(status), { status, headers });
}

/** The mocked Permutive API of the live demo. */
export const handlers = [
  http.get('/api/:name', async ({ params }) => {
    const name = params.name as Endpoint;
    if (!ENDPOINTS.includes(name)) return undefined;
    await delay(api.latencyMs);
    return answer(name);
  }),
];

/** Creating a cohort whose name is taken: Permutive's 409 with subcode 4000. */
export const createCohortConflict = http.post('/api/cohorts', async () => {
  await delay(api.latencyMs);
  return permutiveResponse(409, { requestId: crypto.randomUUID() });
});
