import { delay, HttpResponse, http } from 'msw';

const envelope = (status: string, code: number, message: string, extra = {}) => ({
  request_id: crypto.randomUUID(),
  error: { status, code, message, docs: `https://developer.permutive.com/docs/errors`, ...extra },
});

/** How many cohort requests fail before the API recovers; stories set it. */
export const api = { cohortFailures: 0, cohortHits: 0 };

/** The mocked Permutive API of the live demo. */
export const handlers = [
  http.get('/api/cohorts', async () => {
    api.cohortHits += 1;
    await delay(150);
    if (api.cohortHits <= api.cohortFailures) {
      return HttpResponse.json(
        envelope('Service Unavailable', 5000, 'An error of unspecified nature was encountered.'),
        { status: 503 },
      );
    }
    return HttpResponse.json([
      { id: 1, name: 'Sports fans', size: 182_000 },
      { id: 2, name: 'Frequent travellers', size: 64_500 },
    ]);
  }),
  http.get('/api/me', () =>
    HttpResponse.json(
      envelope('Unauthorized', 2000, 'The API key provided is invalid.', {
        cause: 'This key does not exist.',
      }),
      {
        status: 401,
      },
    ),
  ),
  http.get(
    '/api/segments',
    () =>
      new HttpResponse(
        '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>',
        {
          status: 502,
          headers: { 'content-type': 'text/html', 'x-request-id': 'edge-7f3a' },
        },
      ),
  ),
  http.get('/api/usage', () =>
    HttpResponse.json(envelope('Too Many Requests', 1000, 'Slow down.'), {
      status: 429,
      headers: { 'retry-after': '3' },
    }),
  ),
];

/** Every endpoint unreachable, as when the network is down. */
export const offline = [http.get('/api/*', () => HttpResponse.error())];
